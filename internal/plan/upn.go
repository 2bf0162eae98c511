package plan

import (
	"fmt"
	"strings"
)

// upnLetters are the check letters of a Unique Pupil Number, indexed by
// the weighted sum modulo 23. I, O and S are left out so they cannot be
// mistaken for 1, 0 and 5.
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// UPNCheckLetter returns the check letter for the last 12 characters of a
// UPN (the DfE algorithm: characters 2–13 weighted 2–13, summed, modulo
// 23). A letter in position 13 (a temporary UPN) counts as its place in
// upnLetters. ok is false when the 12 characters are not of that form.
func UPNCheckLetter(rest string) (letter byte, ok bool) {
	if len(rest) != 12 {
		return 0, false
	}
	sum := 0
	for i := 0; i < 12; i++ {
		c := rest[i]
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case i == 11 && strings.IndexByte(upnLetters, c) >= 0:
			v = strings.IndexByte(upnLetters, c)
		default:
			return 0, false
		}
		sum += v * (i + 2)
	}
	return upnLetters[sum%23], true
}

// CheckUPN returns nil for a well-formed UPN, or an error saying what is
// wrong with it and what a UPN looks like.
func CheckUPN(upn string) error {
	if n := len([]rune(upn)); n != 13 {
		return fmt.Errorf("UPN %q has %d characters; a UPN is 13: a check letter, 11 digits, then a digit or letter (e.g. H801200001001)", upn, n)
	}
	upn = strings.ToUpper(upn)
	want, ok := UPNCheckLetter(upn[1:])
	if !ok {
		return fmt.Errorf("UPN %q is not a letter followed by 11 digits and a final digit or letter (not I, O or S); copy it again from the school's records", upn)
	}
	if upn[0] != want {
		return fmt.Errorf("UPN %q has check letter %c, but its digits give %c; one character is probably mistyped — copy it again from the school's records", upn, upn[0], want)
	}
	return nil
}
