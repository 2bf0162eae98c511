package safefile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameBytes keeps names well inside every system's limit, leaving room
// for the folders above them.
const maxNameBytes = 80

var reservedNames = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
}

// Name makes s usable as one file or folder name on Windows, macOS and
// Linux: no separators, reserved characters, control characters, trailing
// dots or spaces, or reserved device names, and at most maxNameBytes bytes.
func Name(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteByte('_')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if len(name) > maxNameBytes {
		cut := maxNameBytes
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	name = strings.TrimRight(name, ". ")
	name = strings.TrimLeft(name, " ")
	if name == "" {
		name = "_"
	}
	base, _, _ := strings.Cut(name, ".")
	if reservedNames[strings.ToUpper(strings.TrimSpace(base))] {
		name = "_" + name
	}
	return name
}
