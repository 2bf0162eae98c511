package pack

import "testing"

func TestUniqueNamesKeepClassesApart(t *testing.T) {
	name := uniqueNames()
	got := []string{name("5/6M"), name("5_6M"), name("3B"), name("3b"), name("4C")}
	want := []string{"5_6M", "5_6M (2)", "3B", "3b (2)", "4C"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d = %q, want %q", i, got[i], want[i])
		}
	}
}
