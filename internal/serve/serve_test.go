package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
)

// running is a server on a free loopback port with a browser-like client
// that has visited the printed address (so it holds the cookie).
type running struct {
	srv    *Server
	base   string // http://127.0.0.1:PORT
	url    string // the printed address, secret included
	client *http.Client
	dir    string
}

func start(t *testing.T, dir string) *running {
	t.Helper()
	srv, err := New(Options{Dir: dir, Today: time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	jar, _ := cookiejar.New(nil)
	r := &running{srv: srv, base: "http://" + ln.Addr().String(), url: srv.URL(ln), client: &http.Client{Jar: jar}, dir: dir}
	res, err := r.client.Get(r.url)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Request.URL.RawQuery != "" {
		t.Fatalf("first visit: %s, ended at %s; want 200 on the page without the key in the address", res.Status, res.Request.URL)
	}
	return r
}

// post sends a change as the page does: same origin, with the token.
func (r *running) post(t *testing.T, path string, body io.Reader, header map[string]string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, r.base+path, body)
	req.Header.Set("Origin", r.base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("X-Planpack-Token", r.srv.token)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := r.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// get fetches a page or file as the browser does, failing the test on
// anything but 200.
func (r *running) get(t *testing.T, path string) []byte {
	t.Helper()
	res, err := r.client.Get(r.base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v %.200q", path, res.Status, err, data)
	}
	return data
}

// state is what the page shows.
func (r *running) state(t *testing.T) stateView {
	t.Helper()
	var s stateView
	if err := json.Unmarshal(r.get(t, "/api/state"), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// build builds the pack from the page and waits for it to succeed.
func (r *running) build(t *testing.T) *buildResult {
	t.Helper()
	res := r.post(t, "/api/build", nil, nil)
	res.Body.Close()
	if res.StatusCode != http.StatusAccepted {
		t.Fatalf("build: %s", res.Status)
	}
	r.srv.build.wait()
	b := r.srv.build.result()
	if b == nil || !b.OK {
		t.Fatalf("build: %+v", b)
	}
	return b
}

// rowsOf is a sheet's rows as Excel shows them.
func rowsOf(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// pdftotext is the text of a PDF, as pdftotext reads it with args.
func pdftotext(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(f, pdf, 0o600)
	out, err := exec.Command("pdftotext", append(args, f, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// sampleDir is a term folder holding a copy of the bundled sample's
// workbook and planpack.toml: "school" or "broken".
func sampleDir(t *testing.T, sample string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range []string{"input.xlsx", "planpack.toml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "samples", sample, n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func decode(t *testing.T, res *http.Response, v any) {
	t.Helper()
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

func TestRequestWithoutTheSecretIsRefused(t *testing.T) {
	r := start(t, t.TempDir())
	for _, path := range []string{"/", "/api/state", "/pack.zip", "/assets/app.js"} {
		res, err := http.Get(r.base + path) // no cookie jar: a stranger
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("GET %s without the key: %s, want 403", path, res.Status)
		}
	}
	res, err := http.Get(r.base + "/?k=wrong")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("GET /?k=wrong: %s, want 403", res.Status)
	}
	// The cookie is HttpOnly and SameSite=Strict.
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err = c.Get(r.url)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	set := res.Header.Get("Set-Cookie")
	if !strings.Contains(set, "HttpOnly") || !strings.Contains(set, "SameSite=Strict") {
		t.Errorf("cookie %q: want HttpOnly and SameSite=Strict", set)
	}
	// With the cookie, the page and its state are served.
	res, err = r.client.Get(r.base + "/api/state")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("GET /api/state with the cookie: %s", res.Status)
	}
}

func TestForeignHostHeaderIsRefused(t *testing.T) {
	r := start(t, t.TempDir())
	// A rebinding attack: the browser holds the cookie for this origin only,
	// but a page at evil.example resolving to 127.0.0.1 sends its own Host.
	// Give the request the cookie and the key anyway: the Host alone fails it.
	for _, host := range []string{"evil.example", "localhost" + r.base[strings.LastIndex(r.base, ":"):], "127.0.0.1"} {
		req, _ := http.NewRequest(http.MethodGet, r.base+"/api/state", nil)
		req.Host = host
		u, _ := url.Parse(r.base)
		for _, c := range r.client.Jar.Cookies(u) {
			req.AddCookie(c)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("Host %s: %s, want 403", host, res.Status)
		}
	}
}

func TestCrossSitePostIsRefused(t *testing.T) {
	dir := sampleDir(t, "school")
	r := start(t, dir)
	before, _ := os.ReadFile(filepath.Join(dir, "planpack.toml"))
	body := `{"term.name":"Hacked"}`
	cases := map[string]map[string]string{
		"another origin":        {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
		"same-site, not origin": {"Sec-Fetch-Site": "same-site"},
		"no token":              {"X-Planpack-Token": ""},
		"wrong token":           {"X-Planpack-Token": "guess"},
	}
	for name, h := range cases {
		res := r.post(t, "/api/settings", strings.NewReader(body), h)
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("%s: %s, want 403", name, res.Status)
		}
	}
	// A change cannot be made with GET.
	res, err := r.client.Get(r.base + "/api/settings")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode == http.StatusOK {
		t.Errorf("GET /api/settings: %s, want refused", res.Status)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "planpack.toml"))
	if !bytes.Equal(before, after) {
		t.Error("a refused request changed planpack.toml")
	}
}

func TestOversizedUploadIsRefusedAndTheServerGoesOn(t *testing.T) {
	dir := sampleDir(t, "school")
	r := start(t, dir)
	// Declared too big: refused before reading.
	res := r.post(t, "/api/workbook", io.LimitReader(zeros{}, MaxUpload+1), map[string]string{"X-File-Name": "huge.xlsx"})
	var p problem
	decode(t, res, &p)
	if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(p.Message, "64 MB") {
		t.Errorf("oversized upload: %s %q; want 413 with a message naming the 64 MB limit", res.Status, p.Message)
	}
	// Sent without a length (chunked): cut off at the limit.
	req, _ := http.NewRequest(http.MethodPost, r.base+"/api/workbook", io.MultiReader(io.LimitReader(zeros{}, MaxUpload+10)))
	req.ContentLength = -1
	req.Header.Set("X-Planpack-Token", r.srv.token)
	req.Header.Set("X-File-Name", "huge.xlsx")
	res, err := r.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	decode(t, res, &p)
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked oversized upload: %s %q, want 413", res.Status, p.Message)
	}
	// The school's workbook is untouched and the server still answers.
	want, _ := os.ReadFile(filepath.Join("..", "..", "samples", "school", "input.xlsx"))
	got, _ := os.ReadFile(filepath.Join(dir, "input.xlsx"))
	if !bytes.Equal(want, got) {
		t.Error("a refused upload changed input.xlsx")
	}
	if s := r.state(t); s.Workbook != "input.xlsx" || s.Pupils != 24 {
		t.Errorf("after the refused upload: workbook %q with %d pupils, want input.xlsx with 24", s.Workbook, s.Pupils)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestNoPathLeavesThePack(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	os.MkdirAll(filepath.Join(out, "print"), 0o700)
	os.WriteFile(filepath.Join(out, "print", "letters.pdf"), []byte("%PDF letters"), 0o600)
	os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("not in the pack"), 0o600)
	os.WriteFile(filepath.Join(dir, "planpack.toml"), []byte("[school]\nname = \"X\"\n"), 0o600)
	if err := os.Symlink(filepath.Join(dir, "secret.txt"), filepath.Join(out, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(out, "up")); err != nil {
		t.Fatal(err)
	}
	r := start(t, dir)
	res, err := r.client.Get(r.base + "/pack/print/letters.pdf")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if string(body) != "%PDF letters" {
		t.Fatalf("a file in the pack: %s %q", res.Status, body)
	}
	for _, p := range []string{
		"/pack/../secret.txt", "/pack/%2e%2e/secret.txt", "/pack/print/%2e%2e/%2e%2e/secret.txt",
		"/pack/link.txt", "/pack/up/secret.txt", "/pack/up/planpack.toml", "/pack/%2Ftmp", "/pack/..%5csecret.txt",
	} {
		req, _ := http.NewRequest(http.MethodGet, r.base+"/", nil)
		req.URL.RawPath, req.URL.Path = "", ""
		req.URL.Opaque = p
		res, err := r.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if bytes.Contains(body, []byte("not in the pack")) || bytes.Contains(body, []byte("name = ")) {
			t.Errorf("GET %s served a file outside the pack: %s %q", p, res.Status, body)
		}
		if res.StatusCode == http.StatusOK {
			t.Errorf("GET %s: %s, want refused", p, res.Status)
		}
	}
}

func TestSettingsKeepComments(t *testing.T) {
	dir := t.TempDir()
	text := `# Our school's settings — Mrs Patel keeps these.
[school]
name = "Hill Primary" # as on the letterhead

[term]
# the spring term
name = "Spring term 2027"   # changes every term
plan_date = 2027-01-09
review_date = 2027-03-26

[letters]
signatory = ""
`
	os.WriteFile(filepath.Join(dir, "planpack.toml"), []byte(text), 0o600)
	r := start(t, dir)
	form := map[string]string{
		"term.name": `Summer term "2027"`, "term.plan_date": "2027-04-19", "term.review_date": "2027-07-09",
		"term.letter_date": "2027-04-20", "letters.signatory": "Mrs A Patel", "letters.template": "review-invite",
		"letters.combine_siblings": "true",
	}
	body, _ := json.Marshal(form)
	res := r.post(t, "/api/settings", bytes.NewReader(body), nil)
	var s stateView
	decode(t, res, &s)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("saving settings: %s %s", res.Status, s.Notice)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "planpack.toml"))
	want := `# Our school's settings — Mrs Patel keeps these.
[school]
name = "Hill Primary" # as on the letterhead

[term]
letter_date = 2027-04-20
# the spring term
name = "Summer term \"2027\""   # changes every term
plan_date = 2027-04-19
review_date = 2027-07-09

[letters]
combine_siblings = true
template = "review-invite"
signatory = "Mrs A Patel"
`
	if string(got) != want {
		t.Errorf("planpack.toml after saving:\n%s\nwant:\n%s", got, want)
	}
	cfg, err := config.Load(filepath.Join(dir, "planpack.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Term.Name != `Summer term "2027"` || cfg.Letters.Signatory != "Mrs A Patel" || !cfg.Letters.CombineSiblings {
		t.Errorf("read back: %+v %+v", cfg.Term, cfg.Letters)
	}

	// A date the config would refuse is not saved.
	body, _ = json.Marshal(map[string]string{"term.review_date": "2027-01-01"})
	res = r.post(t, "/api/settings", bytes.NewReader(body), nil)
	var p problem
	decode(t, res, &p)
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(p.Message, "review_date is before term.plan_date") {
		t.Errorf("review before plan date: %s %q", res.Status, p.Message)
	}
	again, _ := os.ReadFile(filepath.Join(dir, "planpack.toml"))
	if !bytes.Equal(again, got) {
		t.Error("a refused save changed planpack.toml")
	}
}

func TestSaveWordingAddsColumnsAndKeepsACopy(t *testing.T) {
	dir := t.TempDir()
	// A workbook without Child Target or Child Success columns.
	writeSamsTargets(t, filepath.Join(dir, "input.xlsx"), [][]any{
		{"Pupil ID", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often"},
		{"P1", "C&L", "To add two numbers with a number line", "Adds two numbers", "Number line", "TA", "3 x 15 min a week"},
		{"P1", "SEMH", "Sam will ask for help", "Asks for help", "Prompt card", "TA", "daily"},
	})
	original, _ := os.ReadFile(filepath.Join(dir, "input.xlsx"))
	r := start(t, dir)
	s := r.state(t)
	if s.Wording == nil || len(s.Wording.Targets) != 2 {
		t.Fatalf("wording: %+v", s.Wording)
	}
	if got := s.Wording.Targets[1].Target.Text; got != "I will ask for help." {
		t.Errorf("second target's child sentence %q, want %q", got, "I will ask for help.")
	}
	form := wordingForm{Digest: s.Wording.Digest, Edits: []wordingEdit{
		{Sheet: "Targets", Row: 3, ChildTarget: "I will put my hand up when I am stuck.", ChildSuccess: ""},
	}}
	body, _ := json.Marshal(form)
	res := r.post(t, "/api/wording", bytes.NewReader(body), nil)
	decode(t, res, &s)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("save wording: %s", res.Status)
	}
	got := rowsOf(t, filepath.Join(dir, "input.xlsx"), "Targets")
	if got[0][7] != "Child Target" || got[0][8] != "Child Success" {
		t.Errorf("header row %q: want Child Target and Child Success added after How Often", got[0])
	}
	if len(got[2]) < 8 || got[2][7] != "I will put my hand up when I am stuck." {
		t.Errorf("row 3: %q", got[2])
	}
	if len(got[1]) > 7 && got[1][7] != "" {
		t.Errorf("row 2 was not edited but has %q", got[1][7:])
	}
	// The next check reads it, and the school's own words are marked so.
	var hand *targetWording
	for i := range s.Wording.Targets {
		if s.Wording.Targets[i].Row == 3 {
			hand = &s.Wording.Targets[i]
		}
	}
	if hand == nil || hand.Target.Text != "I will put my hand up when I am stuck." || !hand.Target.Own {
		t.Errorf("after saving, row 3 reads %+v", hand)
	}
	// The workbook as it was is kept beside it.
	matches, _ := filepath.Glob(filepath.Join(dir, "input (before *).xlsx"))
	if len(matches) != 1 {
		t.Fatalf("copies kept: %q, want one", matches)
	}
	kept, _ := os.ReadFile(matches[0])
	if !bytes.Equal(kept, original) {
		t.Error("the copy kept is not the workbook as it was")
	}
	// An edit made against the old file is refused.
	body, _ = json.Marshal(wordingForm{Digest: form.Digest, Edits: form.Edits})
	res = r.post(t, "/api/wording", bytes.NewReader(body), nil)
	var p problem
	decode(t, res, &p)
	if res.StatusCode != http.StatusConflict || !strings.Contains(p.Message, "has changed") {
		t.Errorf("stale edit: %s %q", res.Status, p.Message)
	}
}

func TestUploadKeepsTheWorkbookThatWasThere(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "input.xlsx"), []byte("the school's old workbook"), 0o600)
	r := start(t, dir)
	sample, _ := os.ReadFile(filepath.Join("..", "..", "samples", "school", "input.xlsx"))
	res := r.post(t, "/api/workbook", bytes.NewReader(sample), map[string]string{"X-File-Name": "Export 2027.xlsx"})
	var s stateView
	decode(t, res, &s)
	if res.StatusCode != http.StatusOK || s.Pupils != 24 {
		t.Fatalf("upload: %s, %d pupils", res.Status, s.Pupils)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "input.xlsx"))
	if !bytes.Equal(got, sample) {
		t.Error("input.xlsx is not the upload")
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "input (before *).xlsx"))
	if len(matches) != 1 {
		t.Fatalf("copies kept: %q", matches)
	}
	if old, _ := os.ReadFile(matches[0]); string(old) != "the school's old workbook" {
		t.Errorf("kept copy holds %q", old)
	}
	if !strings.Contains(s.Notice, filepath.Base(matches[0])) {
		t.Errorf("notice %q does not say where the old workbook went", s.Notice)
	}
	// Not a workbook by name: refused.
	res = r.post(t, "/api/workbook", strings.NewReader("x"), map[string]string{"X-File-Name": "notes.docx"})
	res.Body.Close()
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("a .docx: %s, want 400", res.Status)
	}
}

func TestOnlyOneBuildAtATime(t *testing.T) {
	dir := sampleDir(t, "school")
	r := start(t, dir)
	first := r.post(t, "/api/build", nil, nil)
	first.Body.Close()
	second := r.post(t, "/api/build", nil, nil)
	var p problem
	decode(t, second, &p)
	if first.StatusCode != http.StatusAccepted {
		t.Fatalf("first build: %s", first.Status)
	}
	if second.StatusCode != http.StatusConflict || !strings.Contains(p.Message, "already running") {
		t.Errorf("second build while the first runs: %s %q", second.Status, p.Message)
	}
	r.srv.build.wait()
	if res := r.srv.build.result(); res == nil || !res.OK {
		t.Fatalf("build: %+v", res)
	}
}

// TestClassLettersAreThatClassOnly builds the sample school and checks
// each class's letters file holds exactly the letters of that class's
// pupils, as the pupils' own letter files have them.
func TestClassLettersAreThatClassOnly(t *testing.T) {
	dir := sampleDir(t, "school")
	r := start(t, dir)
	b := r.build(t)
	// The sample school's classes, in posting order.
	var names []string
	for _, c := range b.Classes {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ", "); got != "5/6M, 7RB, Oak, Robins" {
		t.Fatalf("classes %q", got)
	}
	seen := 0
	for _, c := range b.Classes {
		res, err := r.client.Get(r.base + c.Href)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %s %s", c.Href, res.Status, data)
		}
		text := pdftotext(t, data, "-raw")
		f := filepath.Join(t.TempDir(), "class.pdf")
		os.WriteFile(f, data, 0o600)
		info, err := exec.Command("pdfinfo", f).Output()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v", c.Href, err)
		}
		for _, want := range []string{"Title:           Letters for " + c.Name + "\n", "Subject:         Spring term 2027\n", "Author:          Riverside Academy\n"} {
			if !strings.Contains(string(info), want) {
				t.Errorf("%s: pdfinfo lacks %q:\n%s", c.Href, want, info)
			}
		}
		want := 0
		for _, p := range b.Pupils {
			for _, f := range p.Files {
				if !strings.HasPrefix(f.Name, "letter-") {
					continue
				}
				letter, _ := os.ReadFile(filepath.Join(dir, "out", filepath.FromSlash(strings.TrimPrefix(unescape(t, f.Href), "/pack/"))))
				body := strings.TrimSpace(strings.Split(pdftotext(t, letter, "-raw"), "\f")[0])
				if in := strings.Contains(text, body); in != (p.Class == c.Name) {
					t.Errorf("letters for %s: %s's %s in it is %v", c.Name, p.Name, f.Name, in)
				}
				if p.Class == c.Name {
					want++
				}
			}
		}
		if got := strings.Count(text, "Dear "); got != want {
			t.Errorf("letters for %s: %d letters, want %d", c.Name, got, want)
		}
		seen += want
	}
	if seen == 0 {
		t.Fatal("no letters found in the pack")
	}
}

func unescape(t *testing.T, s string) string {
	t.Helper()
	u, err := url.PathUnescape(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestBrokenWorkbookErrorsFirstAndNoBuild loads the broken sample: the
// page lists the problems planpack check prints, errors before warnings,
// and the pack cannot be built.
func TestBrokenWorkbookErrorsFirstAndNoBuild(t *testing.T) {
	dir := sampleDir(t, "broken")
	r := start(t, dir)
	s := r.state(t)
	if s.Errors == 0 || s.Warnings == 0 || s.CanBuild {
		t.Fatalf("broken sample: %d errors, %d warnings, can build %v", s.Errors, s.Warnings, s.CanBuild)
	}
	if len(s.Problems) != s.Errors+s.Warnings {
		t.Errorf("%d problems listed for %d errors and %d warnings", len(s.Problems), s.Errors, s.Warnings)
	}
	for i, p := range s.Problems {
		if i < s.Errors != p.Error {
			t.Errorf("problem %d (%s) is out of place: errors come first", i, p.Line)
		}
	}
	// The Who column is missing: an error on the Targets sheet.
	found := false
	for _, p := range s.Problems {
		if p.Error && p.Sheet == "Targets" && strings.Contains(p.Message, `"Who"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no error for the missing Who column in %+v", s.Problems)
	}
	res := r.post(t, "/api/build", nil, nil)
	var p problem
	decode(t, res, &p)
	if res.StatusCode != http.StatusConflict || !strings.Contains(p.Message, "no errors") {
		t.Errorf("build with errors: %s %q", res.Status, p.Message)
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
		t.Errorf("a refused build left %s/out: %v", dir, err)
	}
}

func TestBuildProgressIsReadFromTheBuildsLog(t *testing.T) {
	var b builder
	io.WriteString(&b, "planpack: 10 of 96 documents drawn\n")
	if b.drawn != 10 || b.total != 96 {
		t.Errorf("after one line: %d of %d, want 10 of 96", b.drawn, b.total)
	}
	io.WriteString(&b, "something else\nplanpack: 96 of 96 documents drawn\n")
	if b.drawn != 96 || b.total != 96 || !strings.Contains(b.stage, "Joining") {
		t.Errorf("at the end: %d of %d, stage %q", b.drawn, b.total, b.stage)
	}
}

func TestUnsureTargetsComeFirst(t *testing.T) {
	ts := []targetWording{
		{Pupil: "Ann", No: 1},
		{Pupil: "Ann", No: 2, Unsure: true},
		{Pupil: "Bob", No: 1, LeftOut: true},
		{Pupil: "Bob", No: 2},
		{Pupil: "Cat", No: 1, Unsure: true},
	}
	unsureFirst(ts)
	var got []string
	for _, t := range ts {
		got = append(got, fmt.Sprintf("%s %d", t.Pupil, t.No))
	}
	if want := "Ann 2, Cat 1, Bob 1, Ann 1, Bob 2"; strings.Join(got, ", ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, ", "), want)
	}
}

// TestSettingsWithoutAFileStartFromTheStarter: a folder with no
// planpack.toml gets the file planpack init writes, with the form's
// values in it and every explanation kept.
func TestSettingsWithoutAFileStartFromTheStarter(t *testing.T) {
	dir := t.TempDir()
	r := start(t, dir)
	body, _ := json.Marshal(map[string]string{"term.name": "Autumn term 2027", "letters.signatory": "Ms B Okoro"})
	res := r.post(t, "/api/settings", bytes.NewReader(body), nil)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("saving: %s", res.Status)
	}
	got, err := os.ReadFile(filepath.Join(dir, "planpack.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# planpack.toml — settings for planpack.",
		"# The term the plans are for, printed on every plan.\n# Default \"Spring term 2027\".\nname = \"Autumn term 2027\"\n",
		"signatory = \"Ms B Okoro\"\n",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("planpack.toml lacks %q:\n%s", want, got)
		}
	}
	cfg, err := config.Load(filepath.Join(dir, "planpack.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Term.Name != "Autumn term 2027" || cfg.School.Name != "Our School" {
		t.Errorf("read back: term %q, school %q", cfg.Term.Name, cfg.School.Name)
	}
}

// TestSaveWordingIntoAFlatExport: a one-sheet export with title rows
// above its headers and its own "I Will" column: the sentence goes into
// that column on the target's row, and Child Success is added.
func TestSaveWordingIntoAFlatExport(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, filepath.Join(dir, "input.xlsx"), sheetRows{"SEN export", [][]any{
		{"SEN register export"},
		{"Printed 04/01/2027"},
		{"Pupil ID", "Legal Forename", "Legal Surname", "Date of Birth", "Year", "Reg Group", "SEN Status", "Area", "Target", "I Will", "Success Criteria", "Provision", "Who", "How Often"},
		{"P1", "Sam", "Jones", "01/09/2018", "3", "3B", "K", "C&L", "To add two numbers", "", "Adds two numbers", "Number line", "TA", "daily"},
		{"P1", "Sam", "Jones", "01/09/2018", "3", "3B", "K", "SEMH", "Sam will ask for help", "", "Asks for help", "Prompt card", "TA", "daily"},
	}})
	r := start(t, dir)
	s := r.state(t)
	if s.Wording == nil || len(s.Wording.Targets) != 2 || s.Wording.Targets[1].Sheet != "SEN export" || s.Wording.Targets[1].Row != 5 {
		t.Fatalf("wording: %+v", s.Wording)
	}
	body, _ := json.Marshal(wordingForm{Digest: s.Wording.Digest, Edits: []wordingEdit{
		{Sheet: "SEN export", Row: 5, ChildTarget: "I will put my hand up.", ChildSuccess: "I can put my hand up when I am stuck."},
	}})
	res := r.post(t, "/api/wording", bytes.NewReader(body), nil)
	decode(t, res, &s)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("save wording: %s %s", res.Status, s.Notice)
	}
	got := rowsOf(t, filepath.Join(dir, "input.xlsx"), "SEN export")
	if got[2][9] != "I Will" || got[2][14] != "Child Success" {
		t.Errorf("header row %q: want I Will kept in J and Child Success added in O", got[2])
	}
	if got[4][9] != "I will put my hand up." || got[4][14] != "I can put my hand up when I am stuck." {
		t.Errorf("row 5: %q", got[4])
	}
	if got[0][0] != "SEN register export" || len(got[3]) > 9 && got[3][9] != "" {
		t.Errorf("other rows changed: %q, %q", got[0], got[3])
	}
	if tw := s.Wording.Targets[1]; tw.Target.Text != "I will put my hand up." || tw.Success.Text != "I can put my hand up when I am stuck." {
		t.Errorf("read back: %+v", tw)
	}
}

// TestCSVUploadIsCheckedButWordingGoesIntoWorkbooksOnly: a flat .csv
// export is saved as input.csv and checked; its wording is shown but can
// only be saved into an .xlsx workbook, and the page says so.
func TestCSVUploadIsCheckedButWordingGoesIntoWorkbooksOnly(t *testing.T) {
	dir := t.TempDir()
	r := start(t, dir)
	csv := "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status,Area,Target,Success Criteria,Provision,Who,How Often\r\n" +
		"P1,Sam,Jones,01/09/2018,3,3B,K,C&L,To add two numbers,Adds two numbers,Number line,TA,daily\r\n" +
		"P1,Sam,Jones,01/09/2018,3,3B,K,SEMH,Sam will ask for help,Asks for help,Prompt card,TA,daily\r\n"
	res := r.post(t, "/api/workbook", strings.NewReader(csv), map[string]string{"X-File-Name": "export.csv"})
	var s stateView
	decode(t, res, &s)
	if res.StatusCode != http.StatusOK || s.Workbook != "input.csv" || s.Pupils != 1 || s.Errors != 0 {
		t.Fatalf("csv upload: %s, workbook %q, %d pupils, %d errors: %+v", res.Status, s.Workbook, s.Pupils, s.Errors, s.Problems)
	}
	if s.Wording == nil || s.Wording.Editable || len(s.Wording.Targets) != 2 || s.Wording.Targets[0].Editable {
		t.Fatalf("wording of a csv: %+v", s.Wording)
	}
	body, _ := json.Marshal(wordingForm{Digest: s.Wording.Digest, Edits: []wordingEdit{{Sheet: "", Row: 2, ChildTarget: "I will add."}}})
	res = r.post(t, "/api/wording", bytes.NewReader(body), nil)
	var p problem
	decode(t, res, &p)
	if res.StatusCode != http.StatusConflict || !strings.Contains(p.Message, "save the CSV export as .xlsx") {
		t.Errorf("saving wording into a csv: %s %q", res.Status, p.Message)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "input.csv")); string(got) != csv {
		t.Error("input.csv changed")
	}
}

// TestChangesAreRefusedWhileABuildRuns: a build reads the term folder, so
// while one runs every change is refused, saying what to do, and the
// folder is left as it was.
func TestChangesAreRefusedWhileABuildRuns(t *testing.T) {
	dir := sampleDir(t, "school")
	r := start(t, dir)
	s := r.state(t)
	sample, _ := os.ReadFile(filepath.Join(dir, "input.xlsx"))
	wording, _ := json.Marshal(wordingForm{Digest: s.Wording.Digest, Edits: []wordingEdit{
		{Sheet: s.Wording.Targets[0].Sheet, Row: s.Wording.Targets[0].Row, ChildTarget: "I will read ten words."},
	}})
	before := snapshot(t, dir)
	r.srv.build.mu.Lock()
	r.srv.build.running = true // as startBuild leaves it until the build ends
	r.srv.build.mu.Unlock()
	defer func() {
		r.srv.build.mu.Lock()
		r.srv.build.running = false
		r.srv.build.mu.Unlock()
	}()
	for _, c := range []struct {
		path   string
		body   []byte
		header map[string]string
		want   string
	}{
		{"/api/workbook", append([]byte("x"), sample...), map[string]string{"X-File-Name": "export.xlsx"}, "a build is running; choose the workbook again when it has finished"},
		{"/api/settings", []byte(`{"term.name":"Summer term 2027"}`), nil, "a build is running; save the settings when it has finished"},
		{"/api/wording", wording, nil, "a build is running; save the wording when it has finished"},
		{"/api/build", nil, nil, "a build is already running"},
		{"/api/evidence", []byte(`{"pupil":"001849"}`), nil, "a build is running, and files this term's plans in the history folder; make the evidence pack when it has finished"},
	} {
		res := r.post(t, c.path, bytes.NewReader(c.body), c.header)
		var p problem
		decode(t, res, &p)
		if res.StatusCode != http.StatusConflict || p.Message != c.want {
			t.Errorf("POST %s while a build runs: %s %q, want 409 %q", c.path, res.Status, p.Message, c.want)
		}
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("a refused change altered the folder:\nbefore %v\nafter  %v", slices.Sorted(maps.Keys(before)), slices.Sorted(maps.Keys(after)))
	}
}

// snapshot is every file below dir and what it holds.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		files[p] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestSettingsShowTheFilesValues: each setting the page shows reads as
// planpack.toml has it, and every key the page lists is one the config has.
func TestSettingsShowTheFilesValues(t *testing.T) {
	cfg, err := config.Parse("planpack.toml", []byte(`history = "../history"
[school]
name = "Hill Primary"
address = ["1 High Street", "Leeds", "LS1 1AA"]
[term]
plan_date = 2027-04-19
review_date = 2027-07-09
[plans]
min_targets = 3
[letters]
combine_siblings = true
[letters.window]
left = 22.5
[print]
paper = "A4"
`))
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"history":                  "../history",
		"school.name":              "Hill Primary",
		"school.address":           "1 High Street, Leeds, LS1 1AA",
		"term.plan_date":           "2027-04-19",
		"term.review_date":         "2027-07-09",
		"plans.min_targets":        "3",
		"letters.combine_siblings": "true",
		"letters.window.left":      "22.5",
		"print.paper":              "A4",
		"letters.no_such":          "",
		"school.name.more":         "",
	} {
		if got := valueOf(cfg, key); got != want {
			t.Errorf("%s shows %q, want %q", key, got, want)
		}
	}
	keys := slices.Clone(readOnly)
	for _, e := range editable {
		keys = append(keys, e.Key)
	}
	for _, k := range keys {
		if _, ok := lookup(cfg, k); !ok {
			t.Errorf("the page lists %s, which planpack.toml has no setting for", k)
		}
	}
}

// A target whose child sentence leaves an action out to be short enough to
// read is listed after the unsure ones and before the rest, with what it
// leaves out; the school's own wording has nothing left out.
func TestWordingShowsWhatASentenceLeavesOut(t *testing.T) {
	dir := t.TempDir()
	writeSamsTargets(t, filepath.Join(dir, "input.xlsx"), [][]any{
		{"Pupil ID", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often", "Child Success"},
		{"P1", "SEMH", "Sam will ask for help", "Asks for help when stuck", "Prompt card", "TA", "daily", ""},
		{"P1", "C&I", "Sam will count out the right coins to pay for things up to £5, checking his change", "Pays for things up to £5", "Coins", "TA", "daily", "I can pay for things."},
	})
	r := start(t, dir)
	s := r.state(t)
	if s.Wording == nil || len(s.Wording.Targets) != 2 {
		t.Fatalf("wording: %+v", s.Wording)
	}
	first := s.Wording.Targets[0]
	if first.No != 2 || !first.LeftOut || first.Unsure {
		t.Fatalf("first listed: target %d, left out %v, unsure %v; want target 2, leaving an action out", first.No, first.LeftOut, first.Unsure)
	}
	if first.Target.Text != "I will count out the right coins to pay for things up to £5." || first.Target.LeftOut != "and check my change" {
		t.Errorf("target 2: %q leaving out %q", first.Target.Text, first.Target.LeftOut)
	}
	if first.Target.TwoSentences != "I will count out the right coins to pay for things up to £5. I will check my change." {
		t.Errorf("target 2 offers %q as two sentences", first.Target.TwoSentences)
	}
	if first.Success.LeftOut != "" || !first.Success.Own {
		t.Errorf("the school's own success sentence: %+v", first.Success)
	}
	if second := s.Wording.Targets[1]; second.LeftOut || second.Target.LeftOut != "" {
		t.Errorf("target 1 leaves nothing out: %+v", second)
	}
}

// TestWordingOffersTheDraft: a sentence planpack is unsure of comes with
// its draft to start from; one refused for its length alone with the
// shorter draft and what it leaves out. A school's own sentence has none.
func TestWordingOffersTheDraft(t *testing.T) {
	dir := t.TempDir()
	writeSamsTargets(t, filepath.Join(dir, "input.xlsx"), [][]any{
		{"Pupil ID", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often", "Child Success"},
		{"P1", "C&I", "Sam will trail the wall with his hand to find his way from the classroom to the toilets independently", "Finds the toilets on his own", "Cane skills", "QTVI", "daily", "I can find the toilets."},
	})
	r := start(t, dir)
	s := r.state(t)
	if s.Wording == nil || len(s.Wording.Targets) != 1 {
		t.Fatalf("wording: %+v", s.Wording)
	}
	tg := s.Wording.Targets[0]
	if !tg.Unsure || tg.Target.Text != "I will work on this target with my teacher." {
		t.Fatalf("target: unsure %v, %q; want the safe sentence", tg.Unsure, tg.Target.Text)
	}
	if tg.Target.Draft != "I will trail the wall with my hand to find my way by myself." || tg.Target.DraftLeftOut != "from the classroom … to the toilets" {
		t.Errorf("draft %q leaving out %q", tg.Target.Draft, tg.Target.DraftLeftOut)
	}
	if tg.Success.Draft != "" || tg.Success.DraftLeftOut != "" {
		t.Errorf("the school's own success sentence has a draft: %+v", tg.Success)
	}
}

// writeSamsTargets writes a workbook of one pupil, Sam Jones (P1), and the
// Targets sheet's rows, its header first.
func writeSamsTargets(t *testing.T, path string, targets [][]any) {
	t.Helper()
	writeBook(t, path,
		sheetRows{"Pupils", [][]any{
			{"Pupil ID", "Legal Forename", "Legal Surname", "Date of Birth", "Year", "Reg Group", "SEN Status"},
			{"P1", "Sam", "Jones", "01/09/2018", "3", "3B", "K"},
		}},
		sheetRows{"Targets", targets})
}
