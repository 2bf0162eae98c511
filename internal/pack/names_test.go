package pack

import (
	"strings"
	"testing"
)

func TestSafeName(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Smith Alex (1001)", "Smith Alex (1001)"},
		{"reserved characters", `A/B\C:D*E?F"G<H>I|J`, "A_B_C_D_E_F_G_H_I_J"},
		{"trailing dots and spaces", "Year 6. ", "Year 6"},
		{"reserved device name", "CON", "_CON"},
		{"reserved with extension", "aux.txt", "_aux.txt"},
		{"control characters", "a\x00b\tc", "a_b_c"},
		{"empty", "", "_"},
		{"accents kept", "Zoë Łukasz", "Zoë Łukasz"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := SafeName(c.in); got != c.want {
				t.Errorf("SafeName(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	long := SafeName("Ŀŀ" + strings.Repeat("é", 100))
	if len(long) > maxNameBytes {
		t.Errorf("long name is %d bytes, want at most %d", len(long), maxNameBytes)
	}
	for _, r := range long {
		if r == 0xFFFD {
			t.Errorf("long name cut inside a character: %q", long)
		}
	}
}

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
