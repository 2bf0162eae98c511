package templates

import (
	"fmt"
	"time"
)

// months are the month names of the languages whose letters write the
// date in their own words.
var months = map[string][12]string{
	"cy": {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"},
}

// LongDate writes a date the way a letter does, "9 January 2027"; "" for
// the zero date.
func LongDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}

// LongDateIn writes a date in a language's words when known ("9 Ionawr
// 2027" for Welsh), else in English.
func LongDateIn(lang string, t time.Time) string {
	m, ok := months[LanguageCode(lang)]
	if !ok || t.IsZero() {
		return LongDate(t)
	}
	return fmt.Sprintf("%d %s %d", t.Day(), m[t.Month()-1], t.Year())
}
