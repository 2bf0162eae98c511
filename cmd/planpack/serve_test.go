package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// chromium is the browser the end-to-end test drives; CI installs
// Debian's chromium package.
const chromium = "/usr/bin/chromium"

// browser starts headless Chromium with a new, empty profile and nothing
// that would reach for the network.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromium
	if _, err := os.Stat(path); err != nil {
		if p, err := exec.LookPath("chromium"); err == nil {
			path = p
		} else {
			t.Fatalf("chromium is needed for the browser tests (apt-get install chromium): %v", err)
		}
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	return ctx
}

// startServe runs planpack serve on dir, as the verb does, until the test
// ends, and returns the address it printed first.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- serveUntil(ctx, []string{"-no-browser", "-addr", "127.0.0.1:0", dir}, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("planpack serve printed no address: %v; stderr: %s", err, stderr.String())
	}
	go io.Copy(io.Discard, pr)
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != exitOK {
			t.Errorf("planpack serve exited %d: %s", code, stderr.String())
		}
	})
	if !strings.HasPrefix(line, "http://127.0.0.1:") || !strings.Contains(line, "/?k=") {
		t.Fatalf("first line %q: want http://127.0.0.1:PORT/?k=SECRET", line)
	}
	return strings.TrimSpace(line)
}

// page is one browser tab in a test: each step fails the test on error.
type page struct {
	t   *testing.T
	ctx context.Context
}

func (p page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatal(err)
	}
}

// until waits for a JavaScript condition on the page.
func (p page) until(cond string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		p.t.Fatalf("waiting for %s: %v", cond, err)
	}
}

// text is what the page shows in the first element matching a CSS selector.
func (p page) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		p.t.Fatalf("%s: %v", sel, err)
	}
	return s
}

func eval[T any](p page, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// fetch downloads href from the page, with the page's cookie, as a
// person clicking the link would.
func (p page) fetch(href string) []byte {
	p.t.Helper()
	b64 := eval[string](p, `(async () => {
		const r = await fetch(`+quoteJS(href)+`);
		if (!r.ok) throw new Error(r.status + " " + await r.text());
		const b = new Uint8Array(await r.arrayBuffer());
		let s = ""; for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
		return btoa(s);
	})()`)
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		p.t.Fatal(err)
	}
	return data
}

func quoteJS(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// shot saves a screenshot of the window, scrolled to the element sel,
// into $PLANPACK_SHOTS, when set, for a person to look at.
func (p page) shot(name, sel string) {
	p.t.Helper()
	dir := os.Getenv("PLANPACK_SHOTS")
	if dir == "" {
		return
	}
	eval[chromedp.Void](p, `document.querySelector(`+quoteJS(sel)+`).scrollIntoView()`)
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// TestServeInABrowser is the whole term's work from the page: choose the
// sample school's workbook (with one target planpack is unsure of), read the report, change one child sentence
// and save it, build, and download letters.pdf and the zip, which must be
// byte for byte what planpack build writes from the same workbook; then
// make a pupil's evidence pack from the term the build filed.
func TestServeInABrowser(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1799452800")
	dir := t.TempDir()
	cfg, err := os.ReadFile(filepath.Join("..", "..", "samples", "school", "planpack.toml"))
	if err != nil {
		t.Fatal(err)
	}
	// The sample's settings name a history folder, as a school that asks
	// for evidence packs has.
	os.WriteFile(filepath.Join(dir, "planpack.toml"), cfg, 0o600)
	// The sample school, with one target worded so that planpack cannot
	// vouch for the child's sentence, as real exports have.
	sample := filepath.Join(t.TempDir(), "input.xlsx")
	f, err := excelize.OpenFile(filepath.Join("..", "..", "samples", "school", "input.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue("Targets", "D2", "Sam will improve his trunk stability")
	// And one kept short by leaving its second action out.
	f.SetCellValue("Targets", "D3", "To count out the right coins to pay for things up to £5, checking her change")
	if err := f.SaveAs(sample); err != nil {
		t.Fatal(err)
	}
	f.Close()
	addr := startServe(t, dir)
	p := page{t, browser(t)}

	p.do(chromedp.Navigate(addr), chromedp.WaitVisible(chromedp.ID("file")))
	p.until(`document.querySelector('#current').textContent.includes('No workbook')`)
	if loc := eval[string](p, `location.href`); strings.Contains(loc, "k=") {
		t.Errorf("the address bar still shows the key: %s", loc)
	}
	p.shot("1-empty", "header")
	// Nothing is filed yet: the page says so instead of offering a pupil.
	if why := p.text("#evidence-why"); !strings.Contains(why, "No plans have been filed in the history folder "+filepath.Join(dir, "history")) {
		t.Errorf("evidence before any build: %q", why)
	}
	if !eval[bool](p, `document.querySelector('#evidence-form').hidden`) {
		t.Error("the evidence pupil picker is offered with no history")
	}
	p.shot("1-evidence-none", "#evidence")
	p.do(chromedp.SetUploadFiles(chromedp.ID("file"), []string{sample}))
	p.until(`document.querySelector('#counts').textContent !== ''`)
	p.shot("2-checked", "#workbook")
	p.shot("2-settings", "#settings")
	// The same report as planpack check: its count line and every problem
	// it prints, errors first.
	var checkOut, checkErr bytes.Buffer
	run([]string{"check", filepath.Join(dir, "input.xlsx")}, &checkOut, &checkErr)
	summary := strings.TrimSpace(checkErr.String())
	if counts := p.text("#counts"); !strings.HasPrefix(summary, counts+" in ") {
		t.Errorf("counts %q, planpack check says %q", counts, summary)
	}
	lines := strings.Split(strings.TrimSpace(checkOut.String()), "\n")
	if rows := eval[int](p, `document.querySelectorAll('#problems tbody tr').length`); rows != len(lines) {
		t.Errorf("%d problems on the page, planpack check prints %d", rows, len(lines))
	}
	// The sample's first warning: a pupil with no contact who may have post.
	if row := p.text("#problems tbody tr"); !strings.Contains(row, "Warning\tPupils\t9") || !strings.Contains(row, "has no contact with parental responsibility") {
		t.Errorf("problems table: %q", row)
	}
	if current := p.text("#current"); !strings.Contains(current, "input.xlsx (24 pupils)") {
		t.Errorf("current workbook line %q", current)
	}

	// The targets planpack is unsure of come first, with the reason.
	if !eval[bool](p, `document.querySelector('#wording-list .target').classList.contains('unsure')`) {
		t.Error("the first target listed is not one planpack is unsure of")
	}
	if why := p.text("#wording-list .target .unsure-why"); !strings.HasPrefix(why, "planpack is unsure: ") {
		t.Errorf("first target's unsure reason %q", why)
	}

	// Its draft is offered to start from, and the button puts it in the
	// box; nothing is saved until someone saves it.
	offer := p.text("#wording-list .target .draft p")
	draft, ok := strings.CutPrefix(offer, "Draft: \u201cI will ")
	draft, ok2 := strings.CutSuffix(draft, ".\u201d")
	if !ok || !ok2 {
		t.Errorf("draft offered: %q", offer)
	}
	draft = "I will " + draft + "."
	p.do(chromedp.Click(chromedp.CSS("#wording-list .target .use-draft")))
	if got := eval[string](p, `document.getElementById('w-0-target').value`); got != draft {
		t.Errorf("after Start from the draft the box holds %q, want %q", got, draft)
	}
	p.shot("3-draft", "#wording-list .target")

	// The one that leaves an action out offers all of it as two
	// sentences.
	const row3 = `#wording-list .target[data-row="3"]`
	if out := p.text(row3 + " .left-out"); !strings.Contains(out, "Leaves out \u201cand check my change\u201d") {
		t.Errorf("Targets row 3: %q", out)
	}
	p.do(chromedp.Click(chromedp.CSS(row3 + " .use-two")))
	if got := eval[string](p, `document.querySelector('`+row3+` textarea[name=target]').value`); got != "I will count out the right coins to pay for things up to £5. I will check my change." {
		t.Errorf("after Use all of it as two sentences the box holds %q", got)
	}
	p.shot("3-two", row3)

	// Change the first child sentence and save it.
	const mine = "I will ask a grown-up for help when a worry feels too big."
	firstPupil := p.text("#wording-list .target h3")
	p.do(chromedp.SetValue(chromedp.ID("w-0-target"), mine), chromedp.Click(chromedp.ID("save-wording")))
	p.until(`document.querySelector('#notice').textContent.includes('Wording saved')`)
	if notice := p.text("#notice"); !strings.Contains(notice, "kept as input (before ") {
		t.Errorf("notice %q does not say where the old workbook is kept", notice)
	}
	p.until(`[...document.querySelectorAll('#wording-list textarea')].some(t => t.value === ` + quoteJS(mine) + `)`)
	p.shot("3-wording", "#wording")

	// Build, watch it finish, and download.
	p.do(chromedp.Click(chromedp.ID("build-button")))
	p.until(`!document.querySelector('#result').hidden`)
	p.shot("4-built", "#build")
	p.shot("4-built-more", "#by-hand-h")
	message := p.text("#result-message")
	if !strings.HasPrefix(message, "Built ") {
		t.Fatalf("build message %q", message)
	}
	// Pupil 001849 has no contact with parental responsibility: the office
	// must send that letter home in the book bag.
	if byHand := p.text("#by-hand"); !strings.Contains(byHand, "book bag") {
		t.Errorf("to do by hand: %q, want the book-bag letter", byHand)
	}
	letters := p.fetch(eval[string](p, `[...document.querySelectorAll('#print-links a')].find(a => a.textContent === 'letters.pdf').getAttribute('href')`))
	classLetters := p.fetch(eval[string](p, `document.querySelector('#class-links a').getAttribute('href')`))
	zipped := p.fetch(eval[string](p, `document.querySelector('#zip-link').getAttribute('href')`))
	// planpack build from the same (edited) workbook, into another folder.
	ref := filepath.Join(t.TempDir(), "ref")
	var stderr bytes.Buffer
	if code := run([]string{"build", "-o", ref, filepath.Join(dir, "input.xlsx")}, io.Discard, &stderr); code != exitOK {
		t.Fatalf("planpack build: exit %d: %s", code, stderr.String())
	}
	want, err := os.ReadFile(filepath.Join(ref, "print", "letters.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(letters, want) {
		t.Errorf("letters.pdf from the page (%d bytes) differs from planpack build's (%d bytes)", len(letters), len(want))
	}
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatalf("the downloaded pack is not a zip: %v", err)
	}
	var inZip, onDisk []string
	for _, f := range zr.File {
		inZip = append(inZip, f.Name)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		want, err := os.ReadFile(filepath.Join(ref, filepath.FromSlash(f.Name)))
		if err != nil {
			t.Errorf("%s is in the zip but planpack build did not write it", f.Name)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s in the zip differs from planpack build's", f.Name)
		}
	}
	filepath.WalkDir(ref, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(ref, p)
			onDisk = append(onDisk, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(inZip)
	sort.Strings(onDisk)
	if strings.Join(inZip, "\n") != strings.Join(onDisk, "\n") {
		t.Errorf("zip holds %d files, planpack build wrote %d:\nzip:\n%s\nbuild:\n%s", len(inZip), len(onDisk), strings.Join(inZip, "\n"), strings.Join(onDisk, "\n"))
	}

	// The edited sentence is on that child's page in the pack.
	name, _, _ := strings.Cut(firstPupil, " (")
	myPlans, _ := filepath.Glob(filepath.Join(ref, "pupils", "*", "*", "my-plan.pdf"))
	found := false
	for _, p := range myPlans {
		// Reading order, not layout: the sentence wraps beside the faces.
		out, err := exec.Command("pdftotext", "-raw", p, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.Join(strings.Fields(string(out)), " "), mine) {
			found = true
			if !strings.Contains(filepath.Base(filepath.Dir(p)), strings.Fields(name)[len(strings.Fields(name))-1]) {
				t.Errorf("the edited sentence is in %s, not %s's page", p, name)
			}
		}
	}
	if !found {
		t.Errorf("the edited sentence %q is on no child's page; %s's should have it", mine, name)
	}

	// The build filed the term: every pupil is offered an evidence pack.
	p.until(`!document.querySelector('#evidence-form').hidden`)
	if n := eval[int](p, `document.querySelectorAll('#evidence-pupil option').length`); n != 24 {
		t.Errorf("%d pupils offered an evidence pack, want the sample school's 24", n)
	}
	// Class by class and by surname, as the class lists are.
	const first = "Grace D'Souza, 5/6M (1 term filed); José Fernandes, 5/6M (1 term filed); Alex Green, 5/6M (1 term filed)"
	if got := eval[string](p, `[...document.querySelectorAll('#evidence-pupil option')].slice(0, 3).map((o) => o.textContent).join('; ')`); got != first {
		t.Errorf("the evidence picker begins %q, want %q", got, first)
	}
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(p.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}
	// The last pupil offered, chosen as a person would.
	chosen := eval[string](p, `(() => { const s = document.querySelector('#evidence-pupil'); s.selectedIndex = s.options.length - 1; return s.options[s.selectedIndex].textContent; })()`)
	who, _, _ := strings.Cut(chosen, ", ")
	p.shot("8-evidence", "#evidence")
	p.do(chromedp.Click(chromedp.ID("evidence-button")))
	p.until(`document.querySelector('#notice').textContent.includes('is downloaded as')`)
	saved := filepath.Join(downloads, who+" evidence.pdf")
	for end := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if _, err := os.Stat(saved); err == nil {
			if part, _ := filepath.Glob(filepath.Join(downloads, "*.crdownload")); len(part) == 0 {
				break
			}
		}
		if time.Now().After(end) {
			ents, _ := os.ReadDir(downloads)
			t.Fatalf("no %s among the downloads %v", saved, ents)
		}
	}
	out, err := exec.Command("pdftotext", "-layout", saved, "-").Output()
	if err != nil {
		t.Fatalf("the evidence pack is not a PDF: %v", err)
	}
	for _, want := range []string{"Evidence for an EHC needs assessment request", who, "Spring term 2027"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("%s lacks %q:\n%s", saved, want, out)
		}
	}

	// The first class's letters are a PDF of letters to that class only.
	pdf := filepath.Join(t.TempDir(), "class.pdf")
	os.WriteFile(pdf, classLetters, 0o600)
	out, err = exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("class letters are not a PDF: %v", err)
	}
	if !strings.Contains(string(out), "Dear ") {
		t.Errorf("class letters hold no letter:\n%s", out)
	}
}

// TestServePageAtDoubleZoom renders the page as a 640-pixel-wide window
// at twice the pixel density (what 200 % zoom on a 1280-pixel screen
// lays out) and checks nothing is wider than the window.
func TestServePageAtDoubleZoom(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"input.xlsx", "planpack.toml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "samples", "school", n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, n), data, 0o600)
	}
	addr := startServe(t, dir)
	p := page{t, browser(t)}
	p.do(chromedp.EmulateViewport(640, 900, chromedp.EmulateScale(2)), chromedp.Navigate(addr))
	p.until(`document.querySelector('#counts').textContent !== ''`)
	overflow := eval[int](p, `document.documentElement.scrollWidth - window.innerWidth`)
	p.shot("5-zoom-200", "header")
	p.shot("5-zoom-200-wording", "#wording")
	// The keyboard alone reaches the page: the first Tab lands on the skip link.
	p.do(chromedp.KeyEvent("\t"))
	focused := eval[string](p, `document.activeElement.textContent`)
	if overflow > 0 {
		t.Errorf("at 200 %% zoom the page is %d pixels wider than the window", overflow)
	}
	if focused != "Skip to the page" {
		t.Errorf("first Tab focuses %q, want the skip link", focused)
	}
	p.do(chromedp.Focus(chromedp.ID("file")))
	p.shot("6-focus", "#workbook")
	if label := eval[string](p, `document.activeElement.labels[0].textContent`); label != "Workbook" {
		t.Errorf("the file chooser's label is %q, want Workbook", label)
	}

	// The broken sample: its errors are listed first and the pack cannot
	// be built.
	broken, _ := filepath.Abs(filepath.Join("..", "..", "samples", "broken", "input.xlsx"))
	p.do(chromedp.SetUploadFiles(chromedp.ID("file"), []string{broken}))
	p.until(`document.querySelector('#notice').textContent.includes('kept as')`)
	p.shot("7-broken", "#workbook")
	if first := p.text("#problems tbody tr"); !strings.HasPrefix(first, "Error") {
		t.Errorf("first problem row %q, want an error", first)
	}
	if !eval[bool](p, `document.querySelector('#build-button').disabled`) {
		t.Error("the build button can be pressed with errors in the workbook")
	}
}

// TestServeWithoutABrowserToOpen: where no browser can be started, serve
// says so and goes on serving the address it printed.
func TestServeWithoutABrowserToOpen(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no xdg-open, open or rundll32
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- serveUntil(ctx, []string{"-addr", "127.0.0.1:0", t.TempDir()}, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	jar, _ := cookiejar.New(nil)
	res, err := (&http.Client{Jar: jar}).Get(strings.TrimSpace(line))
	if err != nil {
		t.Fatalf("the printed address does not answer: %v", err)
	}
	res.Body.Close()
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("exit %d, want 0: %s", code, stderr.String())
	}
	if res.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %s", line, res.Status)
	}
	if !strings.Contains(stderr.String(), "could not open a browser") || !strings.Contains(stderr.String(), "copy the address above") {
		t.Errorf("stderr %q: want a message saying to copy the address", stderr.String())
	}
}

// syncBuffer is a bytes.Buffer that serve's goroutines may write to while
// the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
