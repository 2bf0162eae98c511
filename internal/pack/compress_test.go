package pack

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Every PDF in the pack has its streams compressed: pages, fonts and
// their maps, whether cut from a batch (a pupil's plan) or drawn alone (a
// class copy, a group plan). Read with qpdf, not with pdfcat, so the
// check does not share pdfcat's mistakes.
func TestEveryPDFIsCompressed(t *testing.T) {
	input, cfg := sample(t)
	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	kinds := map[string]int{}
	for _, f := range res.Manifest.Files {
		if !strings.HasSuffix(f.Path, ".pdf") {
			continue
		}
		kinds[f.Kind]++
		path := filepath.Join(out, filepath.FromSlash(f.Path))
		if msg, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Errorf("%s: qpdf --check: %v\n%s", f.Path, err, msg)
			continue
		}
		streams, contents := 0, 0
		for name, o := range qpdfObjects(t, path) {
			if v, ok := o["value"].(map[string]any); ok && v["/Type"] == "/Page" {
				contents++
				if _, ok := v["/Contents"].(string); !ok {
					t.Errorf("%s: page %s has no single content stream", f.Path, name)
				}
			}
			s, ok := o["stream"].(map[string]any)
			if !ok {
				continue
			}
			streams++
			dict := s["dict"].(map[string]any)
			if dict["/Filter"] != "/FlateDecode" && dict["/Filter"] != "/DCTDecode" {
				t.Errorf("%s: stream %s is stored with filter %v, want /FlateDecode", f.Path, name, dict["/Filter"])
			}
		}
		if contents == 0 || streams < contents {
			t.Errorf("%s: %d pages, %d streams", f.Path, contents, streams)
		}
	}
	if kinds[KindClass] == 0 || kinds[KindGroup] == 0 || kinds[KindPlan] == 0 || kinds[KindPrintLetters] == 0 {
		t.Errorf("the sample school lacks a kind of PDF to check: %v", kinds)
	}
}

// qpdfObjects is every object of a PDF as qpdf reads it (JSON version 2).
func qpdfObjects(t *testing.T, path string) map[string]map[string]any {
	t.Helper()
	out, err := exec.Command("qpdf", "--json", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf --json %s: %v", path, err)
	}
	var doc struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	var objects map[string]map[string]any
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) != 2 || json.Unmarshal(doc.QPDF[1], &objects) != nil {
		t.Fatalf("qpdf --json %s: unexpected output", path)
	}
	return objects
}
