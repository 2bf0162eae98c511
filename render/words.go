package render

import (
	"strings"
	"time"
	"unicode"

	"planpack/internal/plan"
)

// needNames are the DfE primary need codes in words, for parents.
var needNames = map[string]string{
	"SPLD": "Specific learning difficulty",
	"MLD":  "Moderate learning difficulty",
	"SLD":  "Severe learning difficulty",
	"PMLD": "Profound and multiple learning difficulty",
	"SEMH": "Social, emotional and mental health",
	"SLCN": "Speech, language and communication needs",
	"HI":   "Hearing impairment",
	"VI":   "Visual impairment",
	"MSI":  "Multi-sensory impairment",
	"PD":   "Physical disability",
	"ASD":  "Autistic spectrum disorder",
	"OTH":  "Other difficulty or disability",
	"NSA":  "SEN support but no specialist assessment of type of need",
}

func needWords(code string) string {
	if code == "" {
		return ""
	}
	if n, ok := needNames[strings.ToUpper(code)]; ok {
		return n
	}
	return code
}

// need is the pupil's primary and secondary need in words.
func need(p *plan.Pupil) string {
	a, b := needWords(p.PrimaryNeed), needWords(p.SecondaryNeed)
	switch {
	case a != "" && b != "":
		return a + "; also " + lowerFirst(b)
	case a != "":
		return a
	}
	return b
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func lowerFirst(s string) string {
	// Keep acronyms such as "SEN" as written.
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[1]) {
		return s
	}
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

func statusWords(s string) string {
	switch strings.ToUpper(s) {
	case "K":
		return "SEN support"
	case "E":
		return "Education, health and care plan"
	case "N":
		return "No special educational provision"
	}
	return s
}

func yearWords(y string) string { return plan.YearGroup(strings.ToUpper(y)) }

// dob is the date of birth as schools write it.
func dob(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02/01/2006")
}

// areaWords link each area of need to the strengths and interests that
// most often help with it.
var areaWords = map[plan.Area][]string{
	plan.CommunicationInteraction: {"talk", "chat", "speak", "listen", "conversation", "friend", "drama", "acting", "sing", "story", "stories", "play", "game", "team", "social", "sign", "word", "joke", "people", "music", "kind", "younger"},
	plan.CognitionLearning:        {"read", "book", "math", "number", "count", "puzzle", "lego", "build", "science", "computer", "memory", "spell", "writ", "draw", "art", "fact", "quiz", "code", "coding", "history", "dinosaur", "space", "minecraft", "pattern", "logic"},
	plan.SEMH:                     {"calm", "animal", "dog", "horse", "pet", "kind", "help", "music", "art", "draw", "garden", "outdoor", "sport", "football", "swim", "friend", "care", "responsib", "job", "nature", "yoga", "dance"},
	plan.SensoryPhysical:          {"sport", "football", "swim", "run", "bike", "cycl", "dance", "climb", "draw", "craft", "lego", "build", "cook", "bak", "gym", "trampolin", "move", "active", "scooter", "play"},
}

// stopWords never count as a shared word between a strength and a target.
var stopWords = map[string]bool{
	"with": true, "will": true, "when": true, "that": true, "this": true, "they": true, "them": true,
	"their": true, "from": true, "into": true, "have": true, "good": true, "very": true, "likes": true,
	"loves": true, "enjoys": true, "really": true, "about": true, "other": true, "more": true,
	"able": true, "adult": true, "each": true, "week": true, "times": true, "using": true, "being": true,
}

// buildsOn picks the pupil's strengths and interests that underpin a
// target, to print beside it, so the plan starts from what the child can
// do and enjoys. A strength or interest (each item of the comma-, semicolon-
// or line-separated lists) is chosen when it shares a content word with the
// target, its success criteria or provision, or when it speaks to the
// target's area of need (listening and talking for communication, books and
// puzzles for learning, animals and sport for wellbeing, and so on). Items
// that match nothing are left to the "About me" section rather than
// attached at random.
func buildsOn(p *plan.Pupil, t *plan.Target) []string {
	targetWords := contentWords(t.Text + " " + t.Success + " " + t.Provision + " " + t.ChildTarget)
	var out []string
	seen := map[string]bool{}
	for _, item := range append(items(p.Strengths), items(p.Interests)...) {
		key := strings.ToLower(item)
		if seen[key] {
			continue
		}
		if matches(item, targetWords, areaWords[t.Area]) {
			seen[key] = true
			out = append(out, upperFirst(item))
		}
	}
	return out
}

func matches(item string, targetWords map[string]bool, area []string) bool {
	for w := range contentWords(item) {
		if targetWords[w] {
			return true
		}
		for _, a := range area {
			if strings.HasPrefix(w, a) {
				return true
			}
		}
	}
	return false
}

// items splits a free-text list into its entries.
func items(s string) []string {
	var out []string
	for _, it := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' || r == '•' }) {
		it = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(it), "."))
		it = strings.TrimPrefix(it, "and ")
		if it != "" {
			out = append(out, it)
		}
	}
	return out
}

// contentWords are the lower-cased words of four or more letters (two for
// "PE"-like words is too loose), stripped of a plural or -ing ending.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) < 4 || stopWords[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

func stem(w string) string {
	for _, suf := range []string{"ing", "ies", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}
