package plan

import (
	"strings"
	"testing"
)

func TestUPN(t *testing.T) {
	tests := []struct {
		name string
		upn  string
		err  string
	}{
		// Check letters computed by hand; TestUPNCheckLetterSum shows one.
		{"DfE guidance example", "H801200001001", ""},
		{"another LA and school", "L380212345678", ""},
		{"serial ending 314", "M201999002314", ""},
		{"temporary UPN ending in a letter", "G93545671201A", ""},
		{"temporary UPN, letter Z counts 22", "L00000000000Z", ""},
		{"lower case is read as upper", "h801200001001", ""},
		{"wrong check letter", "A801200001001", "has check letter A, but its digits give H"},
		{"one digit mistyped", "H801200001002", "its digits give"},
		{"too short", "H80120000100", "has 12 characters"},
		{"too long", "H8012000010011", "has 14 characters"},
		{"letter inside the digits", "H8012000A1001", "not a letter followed by 11 digits"},
		{"final I is never used", "H80120000100I", "not a letter followed by 11 digits"},
		{"final O is never used", "H80120000100O", "not a letter followed by 11 digits"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckUPN(tc.upn)
			if tc.err == "" {
				if err != nil {
					t.Fatalf("CheckUPN(%q) = %v, want valid", tc.upn, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("CheckUPN(%q) = %v, want %q", tc.upn, err, tc.err)
			}
		})
	}
}

func TestUPNCheckLetterSum(t *testing.T) {
	// 8·2 + 0·3 + 1·4 + 2·5 + 0·6 + 0·7 + 0·8 + 0·9 + 1·10 + 0·11 + 0·12 + 1·13 = 53
	// 53 mod 23 = 7 → H (A=0, B=1, …, H=7).
	if got, ok := UPNCheckLetter("801200001001"); !ok || got != 'H' {
		t.Errorf("UPNCheckLetter = %c, %v; want H", got, ok)
	}
}

func FuzzUPN(f *testing.F) {
	for _, s := range []string{"H801200001001", "G93545671201A", "", "ÀÀÀÀÀÀÀÀÀÀÀÀÀ", "h80120000100\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if CheckUPN(s) == nil {
			// A valid UPN's own check letter must be what it carries.
			if l, ok := UPNCheckLetter(strings.ToUpper(s)[1:]); !ok || l != strings.ToUpper(s)[0] {
				t.Errorf("CheckUPN(%q) passed but check letter is %c", s, l)
			}
		}
	})
}
