package plan

import (
	"fmt"
	"testing"
)

// BenchmarkLoad reads and checks a whole school: 1,000 pupils with three
// targets and a contact each.
func BenchmarkLoad(b *testing.B) {
	w := school()
	base := w.sheets["Targets"][1:]
	w.sheets["Pupils"] = w.sheets["Pupils"][:1]
	w.sheets["Targets"] = w.sheets["Targets"][:1]
	w.sheets["Contacts"] = w.sheets["Contacts"][:1]
	for i := 0; i < 1000; i++ {
		id := fmt.Sprint(10000 + i)
		w.sheets["Pupils"] = append(w.sheets["Pupils"], []string{id, "", "Sam", fmt.Sprintf("Pupil%03d", i), "", "12/03/2019", "3", fmt.Sprintf("3%c", 'A'+i%4), "K", "", ""})
		for n := 0; n < 3; n++ {
			row := append([]string(nil), base[n]...)
			row[0], row[1] = id, fmt.Sprint(n+1)
			w.sheets["Targets"] = append(w.sheets["Targets"], row)
		}
		w.sheets["Contacts"] = append(w.sheets["Contacts"], []string{id, "Ms", "Jo", "Parent", "1", "Y", "1 Road", "Leeds", "LS1 1AA", ""})
	}
	path := w.save(b, b.TempDir())
	b.ResetTimer()
	for b.Loop() {
		s, probs := Load(path, Options{Today: today})
		if len(s.Pupils) != 1000 || probs.HasErrors() {
			b.Fatalf("pupils = %d, problems:\n%s", len(s.Pupils), probs.Error())
		}
	}
}
