package phrase

import (
	"regexp"
	"slices"
	"strings"
)

// A child's page says what the child will do, never what they will stop:
// "I will not hit" names the hitting and leaves the child with nothing to
// do. For the behaviours schools most often write negative targets about,
// the positive is well established; the rewriter writes that instead.
// Anything else negative is left to the self-check, which refuses it.

// negationRE finds the wording that makes a target about stopping, up to
// the behaviour it is about.
var negationRE = regexp.MustCompile(`\b(?:not|never|no\s+longer|stop|stops|stopping|refrain|refrains|refraining|reduce|reduces|reducing|decrease|decreases|avoid|avoids|avoiding|without|fewer|less|minimise|minimize|cease)\b`)

// negationCues are the words negationRE can match on, checked first
// because most targets hold none of them.
var negationCues = wordSet(`not never no stop stops stopping refrain refrains refraining reduce
	reduces reducing decrease decreases avoid avoids avoiding without fewer less minimise
	minimize cease`)

// positives map a behaviour (after a negation) to what the child will do.
// Order matters: leaving the room before running, since "run out of
// class" is leaving, not running.
var positives = []struct {
	re   *regexp.Regexp
	body string
}{
	{regexp.MustCompile(`\b(?:run|runs|running|walk|walks|walking|storm|storms|bolt|bolts|bolting)\s+(?:out\s+of|from|out)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:class|classroom|room|lessons?|school|building)\b|\babscond|\b(?:run|runs|running)\s+(?:off|away)\b`),
		"show my break card and wait for an adult"},
	{regexp.MustCompile(`\b(?:leave|leaves|leaving|go|goes|going)\s+(?:out\s+of\s+)?(?:the\s+)?(?:class|classroom|room)\b`),
		"ask an adult before I leave the classroom"},
	{regexp.MustCompile(`\b(?:leave|leaves|leaving)\s+(?:the\s+)?(?:dinner\s+|lunch\s+)?table\b`),
		"stay at the table until I have finished eating"},
	{regexp.MustCompile(`\bpush(?:es|ing)?\s+in\b`),
		"wait my turn in the queue"},
	{regexp.MustCompile(`\b(?:swing|swings|swinging|rock|rocks|rocking|lean|leans|leaning|tip|tips|tipping)\s+(?:on\s+)?(?:his|her|their|the|a)?\s*chair\b`),
		"sit with four chair legs on the floor"},
	{regexp.MustCompile(`\b(?:shout|shouts|shouting|call|calls|calling)(?:\s+\w+)?\s+out\b|\bblurt|\binterrupt`),
		"put my hand up and wait to be asked"},
	{regexp.MustCompile(`\b(?:hit|hits|hitting|kick|kicks|kicking|(?:push|pushes|pushing)\s+(?:other|others|peers|children|people|him|her|them|anyone|adults|staff)|punch|punches|punching|bite|bites|biting|scratch|scratches|scratching|pinch|pinches|pinching|nip|nipping|spit|spits|spitting|hurt|hurts|hurting|fight|fights|fighting|headbutt\w*|(?:physical(?:ly)?\s+)?aggressi\w+|physical\s+contact|hands\s+on)\b`),
		"keep my hands and feet to myself"},
	{regexp.MustCompile(`\b(?:swear|swears|swearing|bad\s+language|rude\s+words|unkind\s+words|name[\s-]calling|call\w*\s+(?:other\s+)?(?:children|peers|people)\s+names)\b`),
		"use kind words"},
	{regexp.MustCompile(`\b(?:snatch|snatches|snatching|grab|grabs|grabbing)\b`),
		"ask for a turn and wait"},
	{regexp.MustCompile(`\b(?:throw|throws|throwing)\s+(?:\w+\s+)?(?:equipment|objects|things|resources|chairs|furniture|items)\b`),
		"use equipment safely"},
	{regexp.MustCompile(`\b(?:run|runs|running)\s+(?:in|around|along|down)\s+(?:the\s+)?corridors?\b`),
		"walk in the corridor"},
	{regexp.MustCompile(`\b(?:run|runs|running)\s+(?:in|around|along|down)\s+(?:the\s+)?(?:hall|classroom|school|building)\b`),
		"walk inside school"},
	{regexp.MustCompile(`\b(?:leave|leaves|leaving|get\s+out\s+of|gets\s+out\s+of|getting\s+out\s+of)\s+(?:his|her|their|the)\s+(?:seat|chair|place|table)\b|\bwander\w*`),
		"stay in my seat"},
	{regexp.MustCompile(`\b(?:distract|distracts|distracting|disturb|disturbs|disturbing|disrupt|disrupts|disrupting)\b`),
		"work quietly and let others work"},
	{regexp.MustCompile(`\b(?:refuse|refuses|refusing|refusal)\b`),
		"start my work when I am asked"},
}

// positiveFor returns what the child will do instead of the negative
// behaviour in sentence s, or "" when s is not such a target.
func positiveFor(s string) string {
	// The expressions are in small letters, matched against s in small
	// letters, which is much faster than case-insensitive matching.
	s = asciiLower(s)
	if !strings.Contains(s, "n't") && !slices.ContainsFunc(strings.Fields(s), func(w string) bool { return negationCues[strings.Trim(w, ",.;:")] }) {
		return ""
	}
	// Same-length blanks keep the positions of the rest of s.
	blank := s
	if strings.Contains(s, "stop") {
		blank = notNegativeRE.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
	}
	neg := negationRE.FindStringIndex(blank)
	if neg == nil {
		return ""
	}
	for _, p := range positives {
		if loc := p.re.FindStringIndex(s); loc != nil && loc[0] >= neg[0] && loc[0]-neg[1] < 60 {
			if m := settingRE.FindStringSubmatch(s); m != nil && !strings.Contains(p.body, m[2]) {
				return p.body + " " + settingPrep(m[2]) + " " + m[2]
			}
			return p.body
		}
	}
	return ""
}

// settingRE finds where the behaviour happens, which the child's page
// keeps: "at lunchtime", "in literacy".
var settingRE = regexp.MustCompile(`\b(during|in|at|on)\s+(?:the\s+)?(lunchtime|lunch|playtime|breaktime|break|assembly|carpet time|circle time|literacy|maths|english|science|pe|lessons|class|the playground|the dinner hall|the corridor|the carpet)\b`)

// settingPrep is the preposition a child would use for a setting.
func settingPrep(setting string) string {
	switch setting {
	case "literacy", "maths", "english", "science", "pe", "lessons", "class":
		return "in"
	case "the playground", "the dinner hall", "the corridor":
		return "in"
	case "the carpet":
		return "on"
	}
	return "at"
}
