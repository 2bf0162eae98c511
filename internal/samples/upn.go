package samples

import "fmt"

// upnLetters are the DfE check letters, indexed by the weighted sum of a
// UPN's other characters modulo 23 (I, O and S are never used).
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// upn makes a permanent Unique Pupil Number: check letter, local authority
// number (3 digits), establishment number (4), the last two digits of the
// year it was issued, and a serial (3).
func upn(la, estab, year, serial int) string {
	digits := fmt.Sprintf("%03d%04d%02d%03d", la, estab, year%100, serial)
	return string(checkLetter(digits)) + digits
}

// checkLetter weights characters 2–13 of the UPN by their position.
func checkLetter(digits string) byte {
	sum := 0
	for i := range len(digits) {
		sum += int(digits[i]-'0') * (i + 2)
	}
	return upnLetters[sum%23]
}
