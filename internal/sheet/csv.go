package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"planpack/internal/diag"
)

// decodeText turns the bytes of a CSV file into UTF-8. UTF-8 (with or
// without a byte order mark) and Windows-1252, which Excel on Windows
// writes by default, are accepted; anything else is refused rather than
// read as mojibake.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", errors.New("the file starts with a UTF-8 byte order mark but is not valid UTF-8; save it again as \"CSV UTF-8\"")
		}
		return string(data), nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "", errors.New("the file is UTF-16 (\"Unicode text\"), which planpack does not read; save it as \"CSV UTF-8 (Comma delimited)\"")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("the file holds a NUL byte at offset %d, so it is not text in a known encoding (perhaps UTF-16); save it as \"CSV UTF-8 (Comma delimited)\"", i)
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if looksShiftJIS(data) {
		return "", errors.New("the file looks like Shift-JIS (Japanese) text, which planpack does not read; save it as \"CSV UTF-8 (Comma delimited)\"")
	}
	if looksDoubleByte(data) {
		return "", errors.New("the file looks like Chinese or Korean text in a double-byte encoding (GBK, Big5 or EUC-KR), which planpack does not read; save it as \"CSV UTF-8 (Comma delimited)\"")
	}
	for i, b := range data {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D: // unassigned in Windows-1252
			return "", fmt.Errorf("byte 0x%02X at offset %d is neither UTF-8 nor Windows-1252; save the file as \"CSV UTF-8 (Comma delimited)\"", b, i)
		}
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("the file is neither UTF-8 nor Windows-1252: %v; save it as \"CSV UTF-8 (Comma delimited)\"", err)
	}
	return string(s), nil
}

// looksShiftJIS reports whether text that is not UTF-8 is Shift-JIS, the
// default of Japanese Windows, rather than Windows-1252. Most Shift-JIS
// text would also decode as Windows-1252, as nonsense, so the test is
// that every byte above 0x7F fits the Shift-JIS pattern (a lead byte and
// its trail byte, or a half-width katakana byte) and that some character
// is a lead byte from 0x81 to 0x9F followed by a byte above 0x7F: kana
// and the common kanji are written so, while in Windows-1252 it would be
// a quote mark or dash directly followed by an accented letter.
func looksShiftJIS(data []byte) bool {
	evidence := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c < 0x80, c >= 0xA1 && c <= 0xDF:
			continue
		case c >= 0x81 && c <= 0x9F, c >= 0xE0 && c <= 0xEF:
			if i+1 == len(data) {
				return false
			}
			t := data[i+1]
			if t < 0x40 || t == 0x7F || t > 0xFC {
				return false
			}
			if c <= 0x9F && t >= 0x80 {
				evidence++
			}
			i++
		default:
			return false
		}
	}
	return evidence > 0
}

// looksDoubleByte reports whether text that is not UTF-8 is in one of the
// double-byte encodings of Chinese and Korean Windows (GBK, Big5,
// EUC-KR) rather than Windows-1252. In those, every byte above 0x7F is
// the lead of a pair whose trail is 0x40 or above, and Hanzi and Hangul
// mostly pair two bytes above 0xA0. In Windows-1252 an accented letter is
// often followed by a space, comma or line end, which breaks the pattern,
// and two accented letters side by side ("üß") are rare: so the test asks
// for at least two such high pairs, and for most pairs to be high.
func looksDoubleByte(data []byte) bool {
	pairs, high := 0, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c < 0x80 {
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 == len(data) {
			return false
		}
		t := data[i+1]
		if t < 0x40 || t == 0x7F || t == 0xFF {
			return false
		}
		pairs++
		if c >= 0xA1 && t >= 0xA1 {
			high++
		}
		i++
	}
	return high >= 2 && 2*high > pairs
}

// parseCSV reads CSV text into raw rows numbered by the line each record
// starts on, refusing files beyond the row and column limits.
func parseCSV(text string) ([]rawRow, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows []rawRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := r.FieldPos(0)
		if len(rec) > MaxColumns {
			return nil, fmt.Errorf("line %d has %d columns, more than the %d planpack reads; remove the empty or unneeded columns", line, len(rec), MaxColumns)
		}
		if len(rows) >= MaxRows {
			return nil, fmt.Errorf("the file has more than %d rows, more than planpack reads; split it or remove rows that are not pupils or targets", MaxRows)
		}
		rows = append(rows, rawRow{num: line, cells: rec})
	}
}

// delimiter guesses the separator from the first lines: Excel in much of
// Europe writes semicolons, and some systems export tab-separated text
// under a .csv name.
func delimiter(text string) rune {
	head := text
	for i, n := 0, 0; i < len(text); i++ {
		if text[i] == '\n' {
			if n++; n == headerSearchRows {
				head = text[:i]
				break
			}
		}
	}
	best, bestN := ',', strings.Count(head, ",")
	for _, d := range []rune{';', '\t'} {
		if n := strings.Count(head, string(d)); n > bestN {
			best, bestN = d, n
		}
	}
	return best
}

// readCSV reads one CSV file's rows, or returns a problem.
func readCSV(path string) ([]rawRow, diag.List) {
	var probs diag.List
	pos := diag.Pos{File: path, CSV: true}
	st, err := os.Stat(path)
	if err != nil {
		probs.Errorf(pos, "cannot read the file: %v", unwrapPathError(err))
		return nil, probs
	}
	if st.Size() > MaxUnpacked {
		probs.Errorf(pos, "the file is %d MiB, more than the %d MiB planpack reads; remove rows that are not pupils or targets", st.Size()>>20, MaxUnpacked>>20)
		return nil, probs
	}
	data, err := os.ReadFile(path)
	if err != nil {
		probs.Errorf(pos, "cannot read the file: %v", unwrapPathError(err))
		return nil, probs
	}
	text, err := decodeText(data)
	if err != nil {
		probs.Errorf(pos, "%v", err)
		return nil, probs
	}
	rows, err := parseCSV(text)
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			p := pos
			p.Row = pe.StartLine
			probs.Errorf(p, "the CSV is broken here: %v; check the quotes on this line", pe.Err)
		} else {
			probs.Errorf(pos, "%v", err)
		}
		return nil, probs
	}
	return rows, nil
}

// readCSVFile reads a single .csv: a flat export, or one table named by
// the file (pupils.csv).
func readCSVFile(path string) (*Book, diag.List) {
	rows, probs := readCSV(path)
	if probs.HasErrors() {
		return nil, probs
	}
	b := &Book{Path: path, Sheets: map[string]*Sheet{}}
	base := filepath.Base(path)
	t := TableFor(strings.TrimSuffix(base, filepath.Ext(base)))
	if t == nil {
		t = &Pupils
	}
	sheets, p := readTable(t, base, diag.Pos{File: path, CSV: true}, rows, false, t == &Pupils)
	probs = append(probs, p...)
	if len(sheets) == 0 {
		b.markUnread(t, t == &Pupils)
	}
	for name, s := range sheets {
		b.Sheets[name] = s
	}
	b.Flat = len(sheets) == 2
	return b, probs
}

// readCSVFolder reads pupils.csv, targets.csv, contacts.csv and
// reviews.csv (or any of their aliases) from a folder. Other files are
// left alone; a folder with a single other .csv is read as a flat export.
func readCSVFolder(dir string) (*Book, diag.List) {
	var probs diag.List
	entries, err := os.ReadDir(dir)
	if err != nil {
		probs.Errorf(diag.Pos{File: dir}, "cannot read the folder: %v", unwrapPathError(err))
		return nil, probs
	}
	found := map[*Table]string{}
	var others []string
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			continue
		}
		t := TableFor(strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())))
		if t == nil {
			others = append(others, e.Name())
			continue
		}
		if prev, dup := found[t]; dup {
			probs.Errorf(diag.Pos{File: filepath.Join(dir, e.Name())}, "both %s and %s are %s files; keep one", prev, e.Name(), t.Name)
			continue
		}
		found[t] = e.Name()
	}
	if len(found) == 0 && len(others) == 1 {
		return readCSVFile(filepath.Join(dir, others[0]))
	}
	if len(found) == 0 {
		probs.Errorf(diag.Pos{File: dir}, "no pupils.csv or targets.csv in this folder; export the Pupils and Targets sheets as pupils.csv and targets.csv")
		return nil, probs
	}
	b := &Book{Path: dir, Sheets: map[string]*Sheet{}, Others: others}
	_, hasTargets := found[&Targets]
	var tables []*Table
	for t := range found {
		tables = append(tables, t)
	}
	sort.Slice(tables, func(i, j int) bool { return tables[i].Name < tables[j].Name })
	for _, t := range tables {
		path := filepath.Join(dir, found[t])
		flatOK := t == &Pupils && !hasTargets
		rows, p := readCSV(path)
		probs = append(probs, p...)
		if p.HasErrors() {
			b.markUnread(t, flatOK)
			continue
		}
		sheets, p := readTable(t, found[t], diag.Pos{File: path, CSV: true}, rows, false, flatOK)
		probs = append(probs, p...)
		if len(sheets) == 0 {
			b.markUnread(t, flatOK)
		}
		for name, s := range sheets {
			b.Sheets[name] = s
		}
		if len(sheets) == 2 {
			b.Flat = true
		}
	}
	return b, probs
}
