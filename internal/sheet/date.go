package sheet

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Excel serial dates count days from an epoch: 1900 system serial 1 is
// 1 January 1900, counting the 29 February 1900 that never was (serial
// 60); the 1904 system (old Mac workbooks) counts from 1 January 1904 as 0.
var (
	epoch1900 = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// maxSerial is 31 December 9999, the last date Excel knows.
const maxSerial = 2958465

// Date reads the cell as a date: an Excel serial number (in the workbook's
// date system), or text written day/month/year (dd/mm/yyyy, d/m/yy, with
// / - or . between), yyyy-mm-dd, or "9 January 2027". The error says what
// is wrong and how a date should be written.
func (c Cell) Date() (time.Time, error) { return ParseDate(c.Text, c.Date1904) }

// ParseDate reads a date as Cell.Date does.
func ParseDate(s string, date1904 bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("no date given; write it as dd/mm/yyyy")
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "/-") {
		return serialDate(f, date1904)
	}
	// ISO dates, as a date cell of type "d" or a database export gives.
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		y, ey := strconv.Atoi(s[:4])
		m, em := strconv.Atoi(s[5:7])
		d, ed := strconv.Atoi(s[8:10])
		rest := s[10:]
		if ey != nil || em != nil || ed != nil || (rest != "" && rest[0] != 'T' && rest[0] != ' ') {
			return time.Time{}, fmt.Errorf("%q is not a date; write it as dd/mm/yyyy, e.g. 09/01/2027", s)
		}
		return checked(s, y, m, d)
	}
	// Exports print a date with a midnight time ("14/03/2015 00:00:00").
	if m := timeOfDay.FindStringIndex(s); m != nil && m[0] > 0 {
		s = strings.TrimSpace(s[:m[0]])
	}
	if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		return namedMonth(s)
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return time.Time{}, fmt.Errorf("%q is not a date; write it as dd/mm/yyyy, e.g. 09/01/2027", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || v < 0 {
			return time.Time{}, fmt.Errorf("%q is not a date; write it as dd/mm/yyyy, e.g. 09/01/2027", s)
		}
		n[i] = v
	}
	d, m, y := n[0], n[1], n[2]
	if len(strings.TrimSpace(parts[0])) == 4 {
		y, m, d = n[0], n[1], n[2] // yyyy/mm/dd
	} else {
		switch len(strings.TrimSpace(parts[2])) {
		case 2:
			// Two-digit years: the children on a school register were
			// born this century; 70 and above are the 1900s.
			if y < 70 {
				y += 2000
			} else {
				y += 1900
			}
		case 4:
		default:
			return time.Time{}, fmt.Errorf("%q has a year of %d digits; write the year in full, e.g. 09/01/2027", s, len(strings.TrimSpace(parts[2])))
		}
	}
	if m > 12 && d <= 12 {
		return time.Time{}, fmt.Errorf("%q has month %d; dates are read day/month/year, so write it as %02d/%02d/%04d", s, m, m, d, y)
	}
	return checked(s, y, m, d)
}

// timeOfDay is a time after a date: " 00:00", " 00:00:00", " 12:00 AM".
var timeOfDay = regexp.MustCompile(`[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AaPp]\.?[Mm]\.?)?$`)

// ordinal is the "th" of "14th".
var ordinal = regexp.MustCompile(`(?i)(\d)(st|nd|rd|th)\b`)

// namedMonth reads a date with the month in words, however it is
// separated: "14 Mar 2015", "14-Mar-2015", "14 March 15", "Tuesday 14th
// March 2015", "March 14, 2015".
func namedMonth(s string) (time.Time, error) {
	norm := ordinal.ReplaceAllString(s, "$1")
	norm = strings.Join(strings.FieldsFunc(norm, func(r rune) bool {
		return r == ' ' || r == '-' || r == '/' || r == '.' || r == ','
	}), " ")
	// time.Parse matches month and day names in any case.
	for _, layout := range []string{"2 January 2006", "2 Jan 2006", "2 January 06", "2 Jan 06",
		"Monday 2 January 2006", "Mon 2 Jan 2006", "January 2 2006", "Jan 2 2006"} {
		if t, err := time.Parse(layout, norm); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date; write it as dd/mm/yyyy, e.g. 09/01/2027", s)
}

func checked(s string, y, m, d int) (time.Time, error) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, impossible(s, y, m, d)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, impossible(s, y, m, d)
	}
	return t, nil
}

func impossible(s string, y, m, d int) error {
	if m >= 1 && m <= 12 && y >= 1 && y <= 9999 {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return fmt.Errorf("%q is not a date: %s %d has %d days; write a real date as dd/mm/yyyy", s, time.Month(m), y, last)
	}
	return fmt.Errorf("%q is not a date; write it as dd/mm/yyyy, e.g. 09/01/2027", s)
}

func serialDate(f float64, date1904 bool) (time.Time, error) {
	if math.IsNaN(f) || f < 1 || f > maxSerial {
		return time.Time{}, fmt.Errorf("%v is not a date; write it as dd/mm/yyyy or format the cell as a date", f)
	}
	days := int(math.Floor(f))
	if date1904 {
		return epoch1904.AddDate(0, 0, days), nil
	}
	switch {
	case days == 60:
		return time.Time{}, fmt.Errorf("serial 60 is 29 February 1900, a day that never was; write the date as dd/mm/yyyy")
	case days < 60:
		return epoch1900.AddDate(0, 0, days+1), nil
	}
	return epoch1900.AddDate(0, 0, days), nil
}
