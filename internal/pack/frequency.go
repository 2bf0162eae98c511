package pack

import (
	"regexp"
	"strconv"
	"strings"
)

// Frequency is a How Often cell read as numbers: how many sessions a week
// and how long each lasts.
type Frequency struct {
	SessionsPerWeek float64
	Minutes         int // per session
}

// WeeklyMinutes is the staff time the provision takes each week.
func (f Frequency) WeeklyMinutes() int {
	return int(f.SessionsPerWeek*float64(f.Minutes) + 0.5)
}

var (
	durationRE = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(minutes|minute|mins|min|m|hours|hour|hrs|hr|h)\b`)
	countRE    = regexp.MustCompile(`(\d+)\s*(?:x|×|times)\b|(\d+)\s*x\s*\d`)
	words      = map[string]float64{"once": 1, "twice": 2, "three times": 3, "four times": 4, "five times": 5}
)

// ParseFrequency reads the How Often wording schools use: "3 x 15 min a
// week", "daily 10 min", "20 minutes twice a week", "1 hour weekly",
// "fortnightly 30 mins". ok is false when it cannot be read; the summary
// then shows the wording without a total rather than a wrong number.
func ParseFrequency(s string) (f Frequency, ok bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	m := durationRE.FindStringSubmatch(t)
	if m == nil {
		return f, false
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil || n <= 0 {
		return f, false
	}
	if strings.HasPrefix(m[2], "h") {
		n *= 60
	}
	f.Minutes = int(n + 0.5)
	// The count is a number before "x"/"times" that is not the duration.
	rest := strings.Replace(t, m[0], " ", 1)
	count := 0.0
	if c := countRE.FindStringSubmatch(rest); c != nil {
		v := c[1]
		if v == "" {
			v = c[2]
		}
		count, _ = strconv.ParseFloat(v, 64)
	}
	if count == 0 {
		for w, v := range words {
			if strings.Contains(rest, w) {
				count = v
			}
		}
	}
	var perWeek float64
	switch {
	case strings.Contains(rest, "daily"), strings.Contains(rest, "every day"), strings.Contains(rest, "a day"),
		strings.Contains(rest, "per day"), strings.Contains(rest, "each day"), strings.Contains(rest, "every morning"),
		strings.Contains(rest, "every afternoon"):
		perWeek = 5
	case strings.Contains(rest, "fortnight"):
		perWeek = 0.5
	case strings.Contains(rest, "week"), strings.Contains(rest, "wk"):
		perWeek = 1
	case strings.Contains(rest, "month"):
		perWeek = 12.0 / 52
	default:
		return f, false
	}
	if count == 0 {
		count = 1
	}
	f.SessionsPerWeek = count * perWeek
	return f, true
}
