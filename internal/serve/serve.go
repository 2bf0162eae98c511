// Package serve is planpack's local web page: the same check, settings,
// child wording and build as the command line, for one term folder, from
// a browser on the school's own computer. Nothing leaves that computer:
// the server listens on the loopback address, every asset is inside the
// binary, and every request must carry the secret in the printed address.
package serve

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

//go:embed assets
var assets embed.FS

// Options say which term folder to serve and how.
type Options struct {
	Dir string // the term folder: planpack.toml, the workbook, out/
	// Today is "today" for the date checks, as for planpack check; zero: now.
	Today time.Time
	// Log receives a line for each thing the server did that a person at
	// the terminal may want to know (a file saved, a build finished).
	Log io.Writer
}

// Server is one term folder served to one browser.
type Server struct {
	opt    Options
	secret string // in the printed address, then in a cookie
	token  string // in the page, sent back with every change (CSRF)
	host   string // the Host header every request must carry
	page   *template.Template

	mu    sync.Mutex // guards term
	term  termState
	build builder
}

// cookieName holds the secret after the first visit.
const cookieName = "planpack_key"

// New makes a server for opt.Dir.
func New(opt Options) (*Server, error) {
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	dir, err := filepath.Abs(opt.Dir)
	if err != nil {
		return nil, err
	}
	opt.Dir = dir
	page, err := template.ParseFS(assets, "assets/index.html")
	if err != nil {
		return nil, err
	}
	s := &Server{opt: opt, secret: randomKey(), token: randomKey(), page: page}
	s.build.done = make(chan struct{})
	close(s.build.done)
	s.mu.Lock()
	s.loadTerm()
	s.mu.Unlock()
	return s, nil
}

// randomKey is 32 random bytes, URL-safe.
func randomKey() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails: see crypto/rand.Read
	return base64.RawURLEncoding.EncodeToString(b)
}

// Listen opens addr, which must name a host: "127.0.0.1:0" picks a free
// port on the loopback address.
func Listen(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("-addr %q: %v; write it as HOST:PORT, e.g. 127.0.0.1:8080", addr, err)
	}
	if host == "" {
		return nil, fmt.Errorf("-addr %q has no host; write 127.0.0.1:PORT to serve this computer only", addr)
	}
	return net.Listen("tcp", addr)
}

// URL is the page's address for the listener, secret included: the one
// line a person copies into a browser.
func (s *Server) URL(ln net.Listener) string {
	return fmt.Sprintf("http://%s/?k=%s", ln.Addr().String(), s.secret)
}

// Serve serves on ln until ctx ends. A build still running then is
// cancelled with ctx (it writes nothing), and Serve returns when it has
// stopped.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.host = ln.Addr().String()
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	s.build.ctx = ctx
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(shut)
	s.build.wait()
	return nil
}

// Handler is every page and action, behind the safety checks.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /api/state", s.state)
	mux.HandleFunc("POST /api/workbook", edit(s, "a build is running; choose the workbook again when it has finished", s.upload))
	mux.HandleFunc("POST /api/settings", edit(s, "a build is running; save the settings when it has finished", s.saveSettings))
	mux.HandleFunc("POST /api/wording", edit(s, "a build is running; save the wording when it has finished", s.saveWording))
	mux.HandleFunc("POST /api/build", edit(s, "a build is already running", s.startBuild))
	mux.HandleFunc("POST /api/evidence", edit(s, "a build is running, and files this term's plans in the history folder; make the evidence pack when it has finished", s.evidence))
	mux.HandleFunc("GET /api/build", s.buildState)
	mux.HandleFunc("GET /pack/{path...}", s.packFile)
	mux.HandleFunc("GET /class-letters", s.classLetters)
	mux.HandleFunc("GET /pack.zip", s.packZip)
	return s.guard(mux)
}

// guard refuses a request without the secret, or addressed by a Host
// other than the one served (a DNS-rebinding page would send its own
// name). The first visit brings the secret in the address; it is moved
// into a cookie no script can read or another site can send, and the
// address is cleaned of it.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
		if s.host == "" || r.Host != s.host {
			forbid(w, "this page is served as http://"+s.host+"/ only")
			return
		}
		if k := r.URL.Query().Get("k"); k != "" && r.Method == http.MethodGet && r.URL.Path == "/" {
			if !same(k, s.secret) {
				forbid(w, "the address is not the one planpack serve printed; copy it again from the window where planpack is running")
				return
			}
			http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s.secret, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
			http.Redirect(w, r, "/", http.StatusSeeOther)
			return
		}
		c, err := r.Cookie(cookieName)
		if err != nil || !same(c.Value, s.secret) {
			forbid(w, "open the address planpack serve printed (it carries a key); this page is not for other programs or sites")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// change wraps an action that changes something: another web site must
// not be able to make the browser do it. The request must come from this
// page (Origin and Sec-Fetch-Site, when the browser sends them) and carry
// the page's token.
func (s *Server) change(h func(w http.ResponseWriter, r *http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" && o != "http://"+s.host {
			forbid(w, "a change from another site ("+o+") is refused")
			return
		}
		if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
			forbid(w, "a change from another site is refused")
			return
		}
		if !same(r.Header.Get("X-Planpack-Token"), s.token) {
			forbid(w, "this change did not come from the planpack page; reload the page and try again")
			return
		}
		h(w, r)
	}
}

// bodyReader is a form that reads the request its own way rather than as
// JSON (a workbook comes as it is); the status says how to refuse it.
type bodyReader interface {
	readFrom(w http.ResponseWriter, r *http.Request) (status int, err error)
}

// noForm is the form of a change that sends nothing.
type noForm struct{}

func (*noForm) readFrom(http.ResponseWriter, *http.Request) (int, error) { return 0, nil }

// edit is a change to the term folder, behind change's checks: it reads
// the page's form into an F (JSON unless F is a bodyReader) and runs act
// holding s.mu, refusing with busy while a build runs. A build reads the
// folder and files the history, and starts only under s.mu, so nothing
// act does can be half-seen by one.
func edit[F any](s *Server, busy string, act func(w http.ResponseWriter, form *F)) http.HandlerFunc {
	return s.change(func(w http.ResponseWriter, r *http.Request) {
		var form F
		status, err := http.StatusBadRequest, error(nil)
		if br, ok := any(&form).(bodyReader); ok {
			status, err = br.readFrom(w, r)
		} else {
			err = readJSON(r, &form)
		}
		if err != nil {
			fail(w, status, "%v", err)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if !s.build.idle() {
			fail(w, http.StatusConflict, "%s", busy)
			return
		}
		act(w, &form)
	})
}

func same(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

func forbid(w http.ResponseWriter, msg string) {
	http.Error(w, "planpack: "+msg, http.StatusForbidden)
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s.page.Execute(w, map[string]string{"Token": s.token, "Dir": s.opt.Dir})
}

// problem says why an action could not be done, as the page shows it.
type problem struct {
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code int, format string, args ...any) {
	writeJSON(w, code, problem{Message: fmt.Sprintf(format, args...)})
}

// readJSON decodes a small request body into v.
func readJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, 8<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return errors.New("the page sent something planpack could not read; reload the page")
	}
	return nil
}

// downloadName is a Content-Disposition for a file saved under name.
func downloadName(name string) string {
	return "attachment; filename*=UTF-8''" + url.PathEscape(name)
}

// inline is a Content-Disposition for a file shown in the browser.
func inline(name string) string {
	return "inline; filename*=UTF-8''" + url.PathEscape(strings.TrimSpace(name))
}
