package templates

import (
	"testing"
	"time"
)

func TestLongDate(t *testing.T) {
	d := time.Date(2027, time.January, 9, 0, 0, 0, 0, time.UTC)
	if got := LongDate(d); got != "9 January 2027" {
		t.Errorf("LongDate = %q", got)
	}
	if got := LongDateIn("Cymraeg", d); got != "9 Ionawr 2027" {
		t.Errorf("LongDateIn(cy) = %q", got)
	}
	if got := LongDateIn("Polish", d); got != "9 January 2027" {
		t.Errorf("LongDateIn(pl) = %q", got)
	}
	if got := LongDate(time.Time{}); got != "" {
		t.Errorf("zero date = %q", got)
	}
}
