package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"

	"planpack/internal/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals()...)
	defer stop()
	return serveUntil(ctx, args, stdout, stderr)
}

// serveUntil is planpack serve until ctx ends (Ctrl+C at the terminal).
func serveUntil(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:0", "address to listen on (HOST:PORT; port 0 picks a free one)")
	noBrowser := fs.Bool("no-browser", false, "print the address but do not open the browser")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "usage: planpack serve [-addr HOST:PORT] [-no-browser] [DIR]")
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "planpack: %s is not a folder; give the term's folder (the one with planpack.toml and the workbook)\n", dir)
		return exitUsage
	}
	today, err := sourceDate()
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitUsage
	}
	srv, err := serve.New(serve.Options{Dir: dir, Today: today, Log: stderr})
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitInternal
	}
	ln, err := serve.Listen(*addr)
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitUsage
	}
	url := srv.URL(ln)
	fmt.Fprintln(stdout, url)
	fmt.Fprintln(stderr, "planpack: open the address above in a browser on this computer; press Ctrl+C here to stop")
	if !*noBrowser {
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(stderr, "planpack: could not open a browser (%v); copy the address above into one\n", err)
		}
	}
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitInternal
	}
	return exitOK
}

// openBrowser starts the system's browser on url without waiting for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reap it; its exit says nothing about the page
	return nil
}
