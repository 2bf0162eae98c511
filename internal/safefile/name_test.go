package safefile

import (
	"strings"
	"testing"
)

func TestName(t *testing.T) {
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
			if got := Name(c.in); got != c.want {
				t.Errorf("Name(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	long := Name("Ŀŀ" + strings.Repeat("é", 100))
	if len(long) > maxNameBytes {
		t.Errorf("long name is %d bytes, want at most %d", len(long), maxNameBytes)
	}
	for _, r := range long {
		if r == 0xFFFD {
			t.Errorf("long name cut inside a character: %q", long)
		}
	}
}
