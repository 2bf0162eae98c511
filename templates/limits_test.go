package templates

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"planpack/internal/config"
)

// TestRunawayLettersStop loads letter templates that would hang or fill
// the memory: each is refused by the size cap, naming its file. The time
// cap is lengthened so that only the size cap can stop them, however busy
// the machine.
func TestRunawayLettersStop(t *testing.T) {
	saved := maxLetterTime
	maxLetterTime = time.Minute
	t.Cleanup(func() { maxLetterTime = saved })
	cases := []struct{ name, src, want string }{
		{"a loop that writes", "{{range 100}}{{range 100}}{{range 100}}x{{end}}{{end}}{{end}}", "stopped at 128 KB"},
		{"a string doubled in a loop", `{{$s := "xxxxxxxx"}}{{range 60}}{{$s = cat $s $s}}{{end}}{{$s}}`, "stopped at 128 KB"},
		{"a string doubled by print", `{{$s := "xxxxxxxx"}}{{range 60}}{{$s = print $s $s}}{{end}}`, "stopped at 128 KB"},
		{"a list appended to itself", `{{$l := list 1 2}}{{range 60}}{{$l = concat $l $l}}{{end}}`, "stopped at 128 KB"},
		{"replace between every letter", `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 8}}{{$s = replace "" $s $s}}{{end}}`, "stopped at 128 KB"},
		{"join with a long separator", `{{$s := "xxxxxxxxxxxxxxxx"}}{{range 12}}{{$s = cat $s $s}}{{end}}{{$l := list 1}}{{range 12}}{{$l = concat $l $l}}{{end}}{{join $s $l}}`, "stopped at 128 KB"},
		{"a dict holding another twice, printed", `{{$d := dict}}{{range 60}}{{$d = dict "a" $d "b" $d}}{{end}}{{print $d}}`, "stopped at 128 KB"},
		{"lists nested deeper than a letter's details", `{{$l := list}}{{range 100}}{{$l = list $l}}{{end}}`, "stopped at 128 KB"},
		{"a wide printf", `{{printf "%999999999d" 1}}`, "stopped at 128 KB"},
		{"a printf width from an argument", `{{printf "%*d" 999999999 1}}`, "stopped at 128 KB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { refused(t, c.src, c.want, 30*time.Second) })
	}
}

// refused loads a letter template that must be stopped: the error names
// the file and says why, and comes within the time given.
func refused(t *testing.T, src, why string, within time.Duration) {
	t.Helper()
	start := time.Now()
	_, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err == nil {
		t.Fatal("the template loaded")
	}
	if !strings.Contains(err.Error(), "letters/cover.md.tmpl") || !strings.Contains(err.Error(), why) {
		t.Errorf("error %q does not name the file and say %q", err, why)
	}
	if d := time.Since(start); d > within {
		t.Errorf("took %v to refuse, want at most %v", d, within)
	}
}

// TestSlowLettersStop shortens the time cap: a template that loops
// without writing stops at its next function call once the time is up.
func TestSlowLettersStop(t *testing.T) {
	saved := maxLetterTime
	maxLetterTime = 200 * time.Millisecond
	t.Cleanup(func() { maxLetterTime = saved })
	cases := []struct{ name, src string }{
		{"a long loop", "{{range 100}}{{range 100}}{{range 100}}{{range 100}}{{range 100}}{{$x := add 1 1}}{{end}}{{end}}{{end}}{{end}}{{end}}"},
		{"a template calling itself twice", `{{define "x"}}{{if lt . 60}}{{template "x" (add1 .)}}{{template "x" (add1 .)}}{{end}}{{end}}{{template "x" 0}}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { refused(t, c.src, "stopped after", 2*time.Second) })
	}
}

// TestLetterWithinCapsRenders checks the guard leaves a letter that uses
// functions, printf and a defined template as it would be without it.
func TestLetterWithinCapsRenders(t *testing.T) {
	src := `{{define "sig"}}{{printf "%s, %s" .Signatory (upper "senco")}}{{end}}{{.Salutation}},

{{range .Pupils}}{{.Name | trunc 3}} {{end}}{{join "-" (list "a" "b")}} {{replace "x" "y" "xox"}}

{{template "sig" .}}
`
	l, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Letters.Signatory = "Ms Rowe"
	blocks, err := l.Render("cover", "", NewLetterData(cfg, sampleHousehold()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range blocks {
		got = append(got, b.Text())
	}
	want := []string{"Dear Mrs Sample,", "Sam a-b yoy", "Ms Rowe, SENCO"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("letter = %q, want %q", got, want)
	}
}

// TestUniqOnALongListStops gives uniq one item more than it may take: the
// letter is refused at once, as uniq on tens of thousands of items would
// run for minutes in one call nothing can stop. One item fewer is fine.
func TestUniqOnALongListStops(t *testing.T) {
	items := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprint(&b, i)
		}
		return b.String()
	}
	src := `{{len (uniq (splitList "," "` + items(2001) + `"))}}`
	refused(t, src, "stopped: uniq was given more than 2000 items", 30*time.Second)
	src = `{{len (uniq (splitList "," "` + items(2000) + `"))}}`
	l, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := l.Render("cover", "", NewLetterData(config.Default(), sampleHousehold()))
	if err != nil || len(blocks) != 1 || blocks[0].Text() != "2000" {
		t.Errorf("uniq on 2,000 items: %+v, %v", blocks, err)
	}
}

func TestCappedWriterRefusesPastTheCap(t *testing.T) {
	w := &cappedWriter{}
	if _, err := w.Write(make([]byte, maxLetterBytes)); err != nil {
		t.Fatalf("writing exactly the cap: %v", err)
	}
	if _, err := w.Write([]byte("x")); !errors.Is(err, errTooLong) {
		t.Errorf("one byte past the cap: %v, want errTooLong", err)
	}
}

// TestLettersRenderAtOnce renders one letter from many goroutines, as a
// build does: each copy of the template runs one letter at a time, so
// every letter comes out whole (run with -race).
func TestLettersRenderAtOnce(t *testing.T) {
	src := "{{.Salutation}}, {{range .Pupils}}{{upper .Name}}{{end}}\n"
	l, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	data := NewLetterData(config.Default(), sampleHousehold())
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			for range 50 {
				blocks, err := l.Render("cover", "", data)
				if err == nil && (len(blocks) != 1 || blocks[0].Text() != "Dear Mrs Sample, SAM") {
					err = fmt.Errorf("letter = %+v", blocks)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
