package phrase

import "testing"

// TestKnownPronouns holds targets that name someone else beside the
// child, where the child's pronouns, when the school gives them, settle
// whose a he or she is; and a target that calls the child by other
// pronouns than the school's, as one copied from another child's plan.
func TestKnownPronouns(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ name, pronouns, staff, want, unsure string }{
		// the other sex's he or she is someone else's
		{"Freya", "she", "Freya will help Oscar with his spellings.", "I will help Oscar with his spellings.", ""},
		{"Hannah", "she", "Hannah will look at the interviewer when he asks her a question.", "I will look at the interviewer when he asks me a question.", ""},
		{"Amelia", "she", "Amelia will join Harry's game when he invites her.", "I will join Harry's game when he invites me.", ""},
		{"Ella", "she", "Ella will pass Jack the glue stick when he asks for it.", "I will pass Jack the glue stick when he asks for it.", ""},
		{"Holly", "she", "Holly will ask Mr Jones if he can help her.", "I will ask Mr Jones if he can help me.", ""},
		{"Theo", "he", "Theo will help Ella with her coat at home time.", "I will help Ella with her coat at home time.", ""},
		{"Kyle", "he", "Kyle will ask his manager what she wants him to do next.", "I will ask my manager what she wants me to do next.", ""},
		{"Aidan", "he", "Aidan will ask Ms Walsh to repeat what she said if he has not understood.", "I will ask Ms Walsh to repeat what she said if I have not understood.", ""},
		// someone of the child's own sex: still either's
		{"Freya", "she", "Freya will help Ava with her spellings.", SafeTarget, "a he, she, his or her may be the child's or Ava's"},
		// a target with no he or she keeps its "they" for the child
		{"Ben", "he", "Ben will ask for help when they are stuck.", "I will ask for help when I am stuck.", ""},
		// a child who is "they": every he and she is someone else's
		{"Taylor", "they", "Taylor will listen to their teacher when she is giving instructions.", "I will listen to my teacher when she is giving instructions.", ""},
		{"Jesse", "they", "Jesse will ask Mrs Khan if she can help them.", "I will ask Mrs Khan if she can help me.", ""},
		{"Alex", "they", "Alex will line up with their class and walk to the hall with them.", "I will line up with my class and walk to the hall with them.", ""},
		{"Eli", "they", "Eli will tell their mum about their day when she picks them up.", SafeTarget, `"them" may mean the child`},
		{"Eli", "they", "Eli will use their words to tell Josh when he has upset them.", SafeTarget, `"them" may mean the child`},
		{"Alex", "they", "Alex will return their friends' things to them after borrowing them.", "I will return my friends' things to them after I borrow them.", ""},
		// the target calls the child by other pronouns than the school's
		{"Tom", "he", "Tom will put her coat on.", SafeTarget, `it calls the child "her", but the child's pronouns are given as he`},
		{"Tom", "he", "She will put her coat on by herself.", SafeTarget, `it calls the child "she", but the child's pronouns are given as he`},
		{"Ruby", "they", "Ruby will hang up his coat.", SafeTarget, `it calls the child "his", but the child's pronouns are given as they`},
		{"Ruby", "she", "Ruby will help Sam find his coat.", "I will help Sam find his coat.", ""},
		{"Ruby", "she", "Ruby will help Jack with his coat and then put his own coat on.", SafeTarget, `"his my" cannot be right: a he, she, him or her was someone else's`},
		// a name says nothing of its sex: the child's own he kept as Lucy's may be wrong
		{"Henry", "he", "Henry will say sorry to Lucy if he knocks her over.", SafeTarget, "a he, she, his or her may be the child's or Lucy's"},
		{"Noah", "he", "Noah will apologise to Amy when he has upset her.", SafeTarget, "a he, she, his or her may be the child's or Amy's"},
		{"Priya", "she", "Priya will tell Miss Ross that she needs the toilet.", "I will tell Miss Ross that I need the toilet.", ""},
		// going alone is the point of travelling: "by myself" is never cut to fit
		{"Erin", "she", "Erin will travel to college on the bus by herself and text her tutor when she arrives.", SafeTarget, "it is 17 words long, over 16 for a young reader"},
		// the condition named Liam; once it goes last, "him" comes first
		{"Aoife", "she", "If Liam is upset, Aoife will ask him if he is OK and fetch an adult.", SafeTarget, `"him" comes before what it stands for once the condition goes last`},
	} {
		w := r.TargetFor(c.staff, Child{Names: []string{c.name}, Pronouns: c.pronouns})
		if w.Sentence != c.want || w.Unsure != c.unsure {
			t.Errorf("TargetFor(%q, %s) = %q, %q; want %q, %q", c.staff, c.pronouns, w.Sentence, w.Unsure, c.want, c.unsure)
		}
	}
	// Without them, the first he or she is taken as the child's, and a
	// target naming someone else is refused rather than guessed.
	for _, c := range []struct{ name, staff, unsure string }{
		{"Freya", "Freya will help Oscar with his spellings.", "a he, she, his or her may be the child's or Oscar's"},
		{"Amelia", "Amelia will join Harry's game when he invites her.", "a he, she, his or her may be the child's or Harry's"},
	} {
		if got, unsure := r.TargetChecked(c.staff, c.name); got != SafeTarget || unsure != c.unsure {
			t.Errorf("TargetChecked(%q) = %q, %q; want the safe sentence, %q", c.staff, got, unsure, c.unsure)
		}
	}
}

func TestParsePronouns(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"He/Him", "he", true},
		{"he / him / his", "he", true},
		{"M", "he", true},
		{"Male", "he", true},
		{"Boy", "he", true},
		{"F", "she", true},
		{"female", "she", true},
		{"She/her", "she", true},
		{"they/them", "they", true},
		{"They", "they", true},
		{"X", "", false},
		{"he/they", "", false},
		{"Not known", "", false},
	} {
		if got, ok := ParsePronouns(c.in); got != c.want || ok != c.ok {
			t.Errorf("ParsePronouns(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
