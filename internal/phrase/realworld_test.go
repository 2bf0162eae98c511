package phrase

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"planpack/internal/pool"
)

// realWorldRow is one staff target from a published plan or goal bank,
// with the child sentences a SENCo would accept for it.
type realWorldRow struct {
	id, name, staff string
	accept          []string
	// reviewed are sentences planpack once printed for this target,
	// judged acceptable against the standard in realworld.md by a second
	// reader after they were seen.
	reviewed []string
}

func readRealWorld(t testing.TB) []realWorldRow {
	t.Helper()
	return readCorpus(t, "realworld.tsv")
}

// readCorpus reads a corpus of real-world targets in testdata: the
// columns of realworld.md, the reviewed column optional.
func readCorpus(t testing.TB, name string) []realWorldRow {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, want := range []string{"id", "name", "staff", "accept"} {
		if _, ok := col[want]; !ok {
			t.Fatalf("%s has no %q column: %q", name, want, head)
		}
	}
	var rows []realWorldRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(rec) <= col["accept"] {
			t.Fatalf("%s row %q has %d fields", name, rec[0], len(rec))
		}
		row := realWorldRow{id: rec[col["id"]], name: rec[col["name"]], staff: rec[col["staff"]]}
		if i, ok := col["reviewed"]; ok && i < len(rec) {
			for _, a := range strings.Split(rec[i], " | ") {
				if a = strings.TrimSpace(a); a != "" {
					row.reviewed = append(row.reviewed, a)
				}
			}
		}
		for _, a := range strings.Split(rec[col["accept"]], " | ") {
			if a = strings.TrimSpace(a); a != "" {
				row.accept = append(row.accept, a)
			}
		}
		if row.staff == "" || len(row.accept) == 0 {
			t.Fatalf("%s row %s has no staff wording or no accepted sentence", name, row.id)
		}
		rows = append(rows, row)
	}
	return rows
}

// sameSentence compares two child sentences ignoring case, spacing and
// the final full stop.
func sameSentence(a, b string) bool {
	norm := func(s string) string {
		return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(s), " ")), ". ")
	}
	return norm(a) == norm(b)
}

// The SPEC's measure of the rewriter on real-world wording: at least 90 %
// of targets give a sentence a SENCo accepts, none that is not acceptable
// passes the self-check, and at most one acceptable sentence in ten is
// refused needlessly.
//
// TestRealWorld holds the rewriter to that goal (README, "Child wording",
// gives the figures), and to the figures reached so far, so that no
// change makes them worse: raise reachedAcceptable and lower
// reachedPassed as the rewriter improves, never the other way.
const (
	goalAcceptable    = 0.90
	reachedAcceptable = 302 // targets with an acceptable sentence, of 334 (295 until speech with few fluency failures was smooth speech, a longer mean length of utterance more words put together, letter-sounds a minute on nonsense words made-up words sounded out quickly, and a reading age raised reading practised, each matching the corpus, and a weekly session's strategies were what the child learns there, a two-foot take-off jumping up off two feet, and an agreed signal that is a card on the desk putting it there, two readers each; 283 until a listening and attention game was a listening game to play, specific activities and unstructured ones with transitions were said by the list in brackets, regular past tense was "-ed words like jumped", a timed cooperative play activity was playing with others, counting by a list of numbers was counting in 2s, 5s and so on, a vague outcome was said by its example, writing given a word processor was typing with what the sentences include, a checklist held what a label spelt out, a specified period of time went as staff's, and idioms and sarcasm explained were sayings and jokes, two readers each except the listening game, which matches the corpus; 263 until two readers each printed 20 more: 11 sentences as planpack already wrote them, refused by the self-check only for their length or a staff phrase, and 9 once the exchanges staff count in a chat went, a feeling that sends the child out stood before the return, a topic chosen by the peer was "their topic", and greeting on arrival, saying goodbye at drop-off, coins "up to £1", letting another child play next to the child, a conversation planner and the letter sounds were said plainly; 261 until a year group's word list was "my tricky word list" and a medicine named in brackets was the one used "when I need it", two readers each; 260 until target consonant clusters were blends, "in structured tasks" going as staff's, two readers; 256 until reading at a rate "while maintaining a 95-percent accuracy" was reading "carefully and quickly", two readers, and three sentences printed by both readers of two later rounds, after one reader of an earlier round had refused each, were counted as the acceptable sentences they are; 253 until a way in brackets said "when I fall out" in a sentence too long, which matches the corpus, sitting "with good posture" was sitting up tall "with my feet flat", and a non-preferred activity after a preferred one was "the next activity", two readers for the last two; 250 until "with 90% accuracy at 15 WPM" was "carefully and quickly", "predict and talk about" "talk about", and working with a partner no longer said "when I work in pairs" as well in a sentence too long, two readers for each but the first, which matches the corpus; 249 until "in a small group" was "in a group" in a sentence too long, two readers; 246 until "3 key words" became "3 important words", a snack item a snack, and taking responsibility for behaviour by a restorative conversation the talk itself, two readers for the last two; 245 until a tool given in a "Given …," frame was said when the sentence without it was refused, "I will use scissors to cut along the line.", two readers)
	reachedBlind      = 62  // of them, matching a sentence written before any output was seen (60 until "recognise numbers" became "read numbers", not the blind "find numbers"; see realworld.md)
	reachedPassed     = 0   // unacceptable sentences the self-check passed silently (3 until "reply to greetings from adults I know …", "explain the meaning of 10 common traffic signs correctly" and "find and enjoy the beat in words …" were printed by both readers of a second later round; 4 until "use a picture timetable to predict and talk about the next activity" talked about it; 6 until a dropped ", citing evidence" or ", explaining the intended meaning" was said to leave out what the target asks; 8 until "copy 4-line text" was refused as staff's phrase and "follow the instruction when I am asked" for not saying which instruction; 9 until "ask for a snack item at snack time" asked for a snack; 13 until "in three consecutive trials" went as the staff measure it is, which left "explain the meaning of 10 common traffic signs correctly" printed, one of two readers refusing it; 13 again since travelling keeps "by myself" when shortened; 12 since "a community leisure activity … without a parent present" is "a club or activity in my community without my parent"; 11 since the chewy tube a child uses instead of chewing sleeves is for "when I need to chew"; 9 since "social arguments", "the 'think, pair, share' approach" and "a 2-symbol phrase" are staff's)
	reachedWarned     = 0   // unacceptable sentences printed with check's warning of what they leave out (1 until "the 'think, pair, share' approach" was refused as staff's)
	reachedDrafts     = 1   // sentences refused as too long whose shorter draft is acceptable as it stands (2 until "when I work in pairs" went beside "my partner", which printed the row; 3 until "the right money to pay for" became "the right money for", which printed the row with its second action; 4 until "in maths" went from a first action so that its second stays, which printed the row; 5 until "repeat them back" became "repeat them", which printed the sentence at 16 words)
	reachedTwo        = 2   // rows offered as two sentences acceptable as they stand (3 until the same "money for" printed a row as one; 5 until the same row was printed as one; 4 until "in maths" went, which printed another)
)

// corpusScore is how the rewriter fares on a corpus: targets whose
// sentence made from the staff's words is acceptable (good), those
// matching a sentence written before any output was seen (blind),
// acceptable ones refused needlessly, and the rest, refused or passed;
// and, of those passed, the ones printed with check's warning that they
// leave an action out (goodWarned, badWarned), which are not silent.
//
// Of the rows refused for their length alone, shortDrafts have a shorter
// draft, or all of it as two sentences, for a SENCo to read, and
// goodDrafts of those are drafts a second reader would print as they
// stand. twoOffers are the rows offered as two sentences, refused or
// printed shortened, and goodTwo of those would be printed as they stand.
type corpusScore struct {
	n, good, blind, goodFlagged, badPassed, badFlagged int
	goodWarned, badWarned                              int
	shortDrafts, goodDrafts                            int
	twoOffers, goodTwo                                 int
}

func (c corpusScore) String() string {
	return fmt.Sprintf("%d targets; %d acceptable (%.1f%%; %d by the sentences written before any output was seen), of them %d flagged needlessly; %d not acceptable, %d of them flagged, %d passed the self-check silently; printed with a warning that an action is left out: %d acceptable, %d not; refused as too long with a shorter draft: %d, of them %d acceptable as they stand; offered as two sentences: %d, of them %d acceptable as they stand",
		c.n, c.good, 100*float64(c.good)/float64(c.n), c.blind, c.goodFlagged, c.badPassed+c.badFlagged+c.badWarned, c.badFlagged, c.badPassed, c.goodWarned, c.badWarned, c.shortDrafts, c.goodDrafts, c.twoOffers, c.goodTwo)
}

// acceptable reports whether s is one of the row's accepted or reviewed
// sentences, and whether it is one of those written before any output
// was seen.
func (row realWorldRow) acceptable(s string) (ok, blind bool) {
	for _, a := range row.accept {
		if sameSentence(s, a) {
			return true, true
		}
	}
	for _, a := range row.reviewed {
		if sameSentence(s, a) {
			return true, false
		}
	}
	return false, false
}

// scoreCorpus runs the rewriter and its self-check over rows, logging
// each that is not a clean pass: staff targets, or success criteria
// ("I can …") when success is set.
func scoreCorpus(t *testing.T, rows []realWorldRow, success bool) corpusScore {
	r := New(nil)
	c := corpusScore{n: len(rows)}
	for _, row := range rows {
		var names []string
		if row.name != "" {
			names = []string{row.name}
		}
		raw, w := r.Target(row.staff, names...), r.TargetWording(row.staff, names...)
		if success {
			raw, w = r.Success(row.staff, names...), r.SuccessWording(row.staff, names...)
		}
		unsure := w.Unsure
		if w.DraftLeftOut != "" || unsure != "" && w.TwoSentences != "" {
			c.shortDrafts++
			if ok, _ := row.acceptable(w.Draft); ok {
				c.goodDrafts++
			}
		}
		if w.TwoSentences != "" {
			c.twoOffers++
			if ok, _ := row.acceptable(w.TwoSentences); ok {
				c.goodTwo++
			}
		}
		ok, blind := row.acceptable(raw)
		if blind {
			c.blind++
		}
		switch {
		case ok && unsure == "":
			c.good++
			if w.LeftOut != "" {
				c.goodWarned++
			}
		case unsure == "" && w.LeftOut != "":
			c.badWarned++
			t.Logf("%s: an unacceptable sentence, printed with a warning that it leaves out %q:\n  staff: %s\n  got:   %s\n  want:  %s", row.id, w.LeftOut, row.staff, raw, strings.Join(row.accept, " | "))
		case ok:
			c.good++
			c.goodFlagged++
			t.Logf("%s needlessly unsure (%s):\n  %s\n  %s", row.id, unsure, row.staff, raw)
		case unsure == "":
			c.badPassed++
			t.Logf("%s: an unacceptable sentence passed the self-check:\n  staff: %s\n  got:   %s\n  want:  %s", row.id, row.staff, raw, strings.Join(row.accept, " | "))
		default:
			c.badFlagged++
			t.Logf("%s missed, flagged (%s):\n  staff: %s\n  got:   %s\n  want:  %s", row.id, unsure, row.staff, raw, strings.Join(row.accept, " | "))
		}
	}
	return c
}

// TestRealWorld runs the rewriter and its self-check over targets worded
// as real schools word them, and prints the figures.
func TestRealWorld(t *testing.T) {
	rows := readRealWorld(t)
	if len(rows) < 300 {
		t.Fatalf("realworld.tsv has only %d rows, want at least 300", len(rows))
	}
	c := scoreCorpus(t, rows, false)
	fmt.Println("real-world corpus: " + c.String())
	if float64(c.good) < goalAcceptable*float64(c.n) {
		t.Errorf("%d of %d targets give an acceptable sentence, below the SPEC's goal of %.0f%%", c.good, c.n, 100*goalAcceptable)
	}
	if c.badPassed > 0 {
		t.Errorf("%d unacceptable sentences pass the self-check; the SPEC wants none", c.badPassed)
	}
	if c.blind < reachedBlind {
		t.Errorf("%d targets match a sentence written before any output was seen, fewer than the %d reached before", c.blind, reachedBlind)
	}
	if c.good < reachedAcceptable {
		t.Errorf("%d targets give an acceptable sentence, fewer than the %d reached before", c.good, reachedAcceptable)
	}
	if c.badPassed > reachedPassed {
		t.Errorf("%d unacceptable sentences pass the self-check, more than the %d before", c.badPassed, reachedPassed)
	}
	if c.badWarned > reachedWarned {
		t.Errorf("%d unacceptable sentences are printed with a warning of what they leave out, more than the %d before", c.badWarned, reachedWarned)
	}
	if 10*c.goodFlagged > c.good {
		t.Errorf("%d of %d acceptable sentences are flagged needlessly; want at most 1 in 10", c.goodFlagged, c.good)
	}
	if c.goodDrafts < reachedDrafts {
		t.Errorf("%d refused sentences have a shorter draft acceptable as it stands, fewer than the %d before", c.goodDrafts, reachedDrafts)
	}
	if c.goodTwo < reachedTwo {
		t.Errorf("%d rows are offered as two sentences acceptable as they stand, fewer than the %d before", c.goodTwo, reachedTwo)
	}
}

// TestHeldOut runs the rewriter and its self-check over each held-out
// corpus and prints the figures: twenty-one of staff targets, and two of
// success criteria read as the child's "I can …" sentences. Each corpus
// was gathered and its accepted sentences written without running or
// reading the rewriter, and measured once, untouched, when it arrived
// (heldout.md to heldout21.md, success.md and success2.md give that
// measure, judged by a second reader). The figures held here are after
// the general fixes each prompted, so that no change makes them worse.
func TestHeldOut(t *testing.T) {
	for _, c := range []struct {
		file    string
		success bool // success criteria, as "I can …"
		// acceptable is the rows with an acceptable sentence; passed,
		// the unacceptable sentences the self-check passed silently;
		// warned, those printed with check's warning of what they leave
		// out (fewer since a second action staff joined with "and" is
		// never left out of a printed sentence); drafts, the sentences
		// refused as too long whose shorter
		// draft a second reader would print as it stands; two, the rows
		// offered as two sentences a second reader would print.
		acceptable, passed, warned, drafts, two int
	}{
		{"heldout.tsv", false, 37, 7, 0, 3, 2},    // of 111; 1 more acceptable since "at 12 wpm" is "quickly"; 1 since ", no support" after a comma is "by myself" (two readers)
		{"heldout2.tsv", false, 38, 7, 0, 4, 2},   // of 120; 1 fewer good draft since its sentence, "with no more than 2 verbal prompts" taken off as a help level, is printed and acceptable; 38 since "within the time given" is "in the time I am given" (two readers)
		{"heldout3.tsv", false, 36, 3, 0, 11, 4},  // of 114; 1 more acceptable since "a peer mentor" is "a buddy"; 1 since a raised reading age is reading practised
		{"heldout4.tsv", false, 33, 3, 2, 24, 9},  // of 113; 2 fewer silent and 2 more warned since a thing used with a purpose ("using her Talking Mat to say …") is said to be left out; 1 fewer warned since a staff -s verb joined to the child's own ("if I feel an aura or is very tired") is refused; 2 more pass silently since shortening took off more, for 15 more acceptable; 1 more warned since "P6 pupil Freya" leads in; 1 fewer good draft since two sentences that keep "at least 4 days a week" are the draft in place of a shorter one
		{"heldout5.tsv", false, 33, 0, 0, 32, 9},  // of 104; 1 fewer good draft since its sentence (the first of two actions, the second after an "including" list) is printed and acceptable
		{"heldout6.tsv", false, 21, 1, 0, 25, 13}, // of 104; 2 more acceptable since ", practised daily between Portage visits" is how staff rehearse it, and goes (two readers); 1 fewer good draft since changing clothes "after an accident" now needs a Child Target written with care; first measured 18, 2 and 6; 1 more warned since a time frame before "College student" goes
		{"heldout7.tsv", false, 28, 1, 0, 32, 13}, // of 102; first measured 23, 2 and 5; 1 fewer good draft since its sentence, ", as set out in my physio programme" taken off, is printed and acceptable; 1 fewer warned since "the Language for Thinking picture" is staff's
		{"heldout8.tsv", false, 29, 1, 0, 16, 7},  // of 104; first measured 27, 0 and 3; 1 more passes silently since a subject named by what staff say of the child ("7th grade student with ADHD") leads in, for 2 more acceptable; 1 more warned since "Autistic apprentice" leads in
		{"heldout9.tsv", false, 26, 1, 1, 25, 9},  // of 114; first measured 20, 5 and 10; 2 more warned since such subjects lead in, for 5 more acceptable; 6 fewer warned and 1 fewer acceptable (one refused anyway for "independent") since arriving, logging in, meeting, estimating, comparing and recording are first steps whose next action stays; 1 more acceptable and 1 fewer silent since "their prefix, root and suffix" are words the pupil is taught; 1 fewer warned since ", coming in on the leader's cue" is a second action

		{"heldout10.tsv", false, 33, 4, 0, 31, 13}, // of 112; first measured 26, 9 and 3; 1 more silent since an aside between dashes goes (for 1 more acceptable), which left a programme's name ("plan a class outing for TalkAbout"); 1 more acceptable since ", 3 times a week" at the end goes (judged by a second reader)
		{"heldout11.tsv", false, 34, 6, 2, 23, 11}, // of 107; first measured 31, 9 and 4; 1 fewer silent and 1 more warned since a thing used with a purpose is said to be left out; 1 fewer warned since ", joining in with her group" is a second action
		{"heldout12.tsv", false, 31, 2, 2, 28, 12}, // of 115; first measured 25, 4 and 6; 2 more acceptable since the gaps of a quoted starter stay in the quote and "use 'I' instead of 'me'" keeps both words; 1 fewer warned since "after an incident" is staff's; 1 more acceptable since "my own" is "my" in a sentence too long (two readers)
		{"heldout13.tsv", false, 26, 1, 0, 24, 14}, // of 104; first measured 26, 1 and 4
		{"heldout14.tsv", false, 18, 4, 2, 16, 15}, // of 99; first measured 15, 4 and 14; 1 more warned since an inset puzzle is a puzzle, which left "turning the pieces to make them fit" as the -ing detail a sentence shortened to fit drops (two readers rejected it); 1 fewer warned since a time phrase goes only where it ends ("at the end of each Fresh Start story"); 1 more acceptable since how long staff watch a daily session goes whole; 1 more (refused for length) since a time that is all a second action says stays ("and go for 5 minutes' quiet"), judged by two readers
		{"heldout15.tsv", false, 26, 0, 2, 18, 11}, // of 105; first measured 20 (5 of them refused needlessly), 4 and 8; headings before a colon ("Provision map, …:", "One-page profile, What I'm working on:") go, "peer supporter" is a buddy, "heavy-work", "chunked" and "pure sounds" are staff's, a joined -ing verb is refused; 2 more acceptable since a decodable reader is a reading book and a fine motor warm-up a hand warm-up (two readers)
		{"heldout16.tsv", false, 22, 1, 2, 15, 6},  // of 105; first measured 17 (5 of them refused needlessly), 4 and 1, judged by two second readers; 2 more acceptable (refused for length) since ", 3 out of 4 turns" and ", 4 out of 5 questions …" go; 1 more warned since ", 4 out of 5 correct" goes, which left "lining up the zero" as the -ing detail a shorter sentence drops (both readers rejected it); 1 more acceptable since ", baseline 3/10" goes (two readers)
		{"heldout17.tsv", false, 51, 3, 0, 16, 9},  // of 105 (ordinary targets, mostly under 20 words); first measured 48 (7 of them refused needlessly), 4 and 0, judged by two second readers; 1 fewer silent since "with the kettle tipper safely" is refused as unfinished; 1 more acceptable since ", supported by a lunchtime supervisor" is staff's part (judged by a third reader); 1 more acceptable since "without arguing" after following or accepting is how the child does it (two readers); 1 more acceptable since "OT hand warm-up" is "hand warm-up"
		{"heldout18.tsv", false, 49, 3, 1, 14, 8},  // of 105 (ordinary targets, measured after four more rounds of breaking it); 1 more acceptable, 1 fewer good draft and 1 fewer good two-sentence offer since a second action stays when "in English" goes from the first, which printed it (two readers); first measured 41 (none refused needlessly), 5 and 2, judged by two second readers; 1 fewer silent since "2 d.p." is decimal places, 1 since "in after lunch" is no setting to cut; 1 fewer warned since holding the rail is never left out; 3 more acceptable and 2 fewer good drafts since a sentence too long is said in fewer words where that loses nothing ("before playtime", "with Mrs Reid", "without a reminder"), which printed them at 16 words or fewer (judged by two readers); 2 more acceptable and 1 fewer good draft since "my own" is "my" in a sentence too long, which printed them (two readers)
		{"heldout19.tsv", false, 63, 0, 0, 23, 10}, // of 105 (ordinary targets, measured after two more rounds of breaking it); first measured 62 (21 of them refused needlessly, 12 only for length), 3 and 1, judged by two second readers; 2 fewer silent since "with Jack, with a sand timer" and "with the grill safely" are refused, 1 since "put up hand" is "put up my hand" (refused now, at 17 words); 1 fewer warned since stopping, looking and listening at a road is never left out; 1 more acceptable and 1 fewer good draft since "a member of staff" is "staff" in a sentence too long (judged by two readers)
		{"heldout20.tsv", false, 58, 1, 1, 24, 6},  // of 105 (ordinary targets, measured after two more rounds of breaking it); 1 fewer silent and 1 more warned since "using his time out card if he needs a break" is said to be left out; first measured 56 (21 of them refused needlessly, 17 only for length), 2 and 1, judged by two second readers; 1 fewer warned since holding the rail is never left out; 1 more acceptable and 1 fewer good draft since "my supervisor, Sandra," is "Sandra" in a sentence too long (judged by two readers); 1 more acceptable and 1 fewer good draft since "during a table-top activity" is "at the table", which printed it, and tactile labels are touch labels (two readers)
		{"heldout21.tsv", false, 73, 8, 4, 11, 9},  // of 105 (ordinary targets, measured after four more rounds of breaking it); first measured 72 (29 of them refused needlessly, 25 only for length), 10 and 5, judged by two stricter second readers; 2 fewer silent since an adult standing by at a slide or a wheelchair transfer is never dropped without "safely", 1 fewer warned since stopping at the door is never left out; 1 fewer good draft since "my guidance counsellor, Ms Byrne" is "Ms Byrne" in a sentence too long, which printed it (judged by two readers); 1 more acceptable since an adult nearby stays for the slide where it fits (two readers)
		{"success2.tsv", true, 23, 5, 2, 14, 1},    // of 104 success criteria; first measured 13, 14 and 2; 1 more acceptable (refused for "certificate") since "my own" is "my" in a sentence too long before anything is cut, which keeps "each day" (two readers); 1 more acceptable since "the agreed route" is the child's own; 1 fewer silent since a "without running off" after a comma is the target's own, not a stock sentence; 1 more warned since a heading before a colon goes ("Ruby achieves her Red certificate: she walks …" is now shortened, wrongly, where it had been refused; its two-sentence offer is right)
		{"success.tsv", true, 62, 6, 0, 12, 6},     // of 107 success criteria; first measured 33, 20 and 3; 1 more acceptable since "across two consecutive data points" goes (judged by two readers); 1 more silent since ", reported by the ELSA" comes off, for 2 more acceptable; 1 fewer good draft since its sentence is printed and acceptable; 1 fewer warned since "and book bag" is a thing, not a second action; 2 more acceptable since "without a member of staff meeting me" is "without staff meeting me" in a sentence too long, and "without a model to copy" is "without copying" (judged by two readers); 1 more acceptable since "without needing to be carried or coaxed" is "by myself" (two readers); 1 more acceptable since tactile markers are touch markers (two readers)
	} {
		t.Run(c.file, func(t *testing.T) {
			rows := readCorpus(t, c.file)
			least := 80
			if c.success {
				least = 100
			}
			if len(rows) < least {
				t.Fatalf("%s has only %d rows, want at least %d", c.file, len(rows), least)
			}
			score := scoreCorpus(t, rows, c.success)
			fmt.Printf("%s: %s\n", c.file, score)
			if score.good < c.acceptable {
				t.Errorf("%d held-out rows give an accepted sentence, fewer than the %d reached before", score.good, c.acceptable)
			}
			if score.badPassed > c.passed {
				t.Errorf("%d held-out sentences pass the self-check unmatched, more than the %d reached before", score.badPassed, c.passed)
			}
			if score.badWarned > c.warned {
				t.Errorf("%d unacceptable held-out sentences are printed with a warning of what they leave out, more than the %d before", score.badWarned, c.warned)
			}
			if score.goodDrafts < c.drafts {
				t.Errorf("%d held-out sentences refused as too long have a shorter draft acceptable as it stands, fewer than the %d before", score.goodDrafts, c.drafts)
			}
			if score.goodTwo < c.two {
				t.Errorf("%d held-out rows are offered as two sentences acceptable as they stand, fewer than the %d before", score.goodTwo, c.two)
			}
		})
	}
}

// BenchmarkSchool rewrites and self-checks a whole school's targets: 3,000
// staff targets, the real-world corpus repeated, as target and success.
// They are shared among the cores -cpu gives, as a load shares its
// pupils: -cpu 1 is one core's time.
func BenchmarkSchool(b *testing.B) {
	benchSchool(b, true)
}

// BenchmarkSchoolTargets is BenchmarkSchool for the child targets alone:
// the SPEC's 3,000 targets rewritten and checked.
func BenchmarkSchoolTargets(b *testing.B) {
	benchSchool(b, false)
}

func benchSchool(b *testing.B, success bool) {
	r := New(nil)
	rows := readRealWorld(b)
	texts := make([]realWorldRow, 0, 3000)
	for len(texts) < 3000 {
		texts = append(texts, rows[len(texts)%len(rows)])
	}
	b.ResetTimer()
	for range b.N {
		_ = pool.Run(context.Background(), runtime.GOMAXPROCS(0), len(texts), func(i int) error {
			r.TargetChecked(texts[i].staff, texts[i].name)
			if success {
				r.SuccessChecked(texts[i].staff, texts[i].name)
			}
			return nil
		})
	}
}
