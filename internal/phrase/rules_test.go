package phrase

import (
	"strings"
	"sync"
	"testing"
)

// ruleCase is one staff sentence and the child target it must give.
type ruleCase struct {
	name  string
	staff string
	names []string
	want  string
}

func runTargets(t *testing.T, r *Rewriter, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := r.Target(c.staff, c.names...); got != c.want {
				t.Errorf("Target(%q, %q)\n got %q\nwant %q", c.staff, c.names, got, c.want)
			}
		})
	}
}

func TestLeadIns(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"fires: To", "To read 10 words", nil, "I will read 10 words."},
		{"fires: name will", "Sam will read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: name to", "Sam to read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: name can", "Sam can read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: He will", "He will read 10 words", nil, "I will read 10 words."},
		{"fires: She will", "She will read 10 words", nil, "I will read 10 words."},
		{"fires: They will", "They will read 10 words", nil, "I will read 10 words."},
		{"fires: Pupil will", "Pupil will read 10 words", nil, "I will read 10 words."},
		{"fires: The pupil will", "The pupil will read 10 words", nil, "I will read 10 words."},
		{"fires: Be able to", "Be able to read 10 words", nil, "I will read 10 words."},
		{"fires: Can", "Can read 10 words", nil, "I will read 10 words."},
		{"fires: a time frame before a college student", "Within the first half term, College student to record lectures on his phone", nil, "I will record lectures on my phone."},
		{"fires: a time frame before a nursery child", "Over the next two weeks, Nursery child to fit the two ends of her coat zip together", nil, "I will fit the two ends of my coat zip together."},
		{"fires: a heading before the sentence", "Evidence of success: child goes into class at the start of the day", nil, "I will go into class at the start of the day."},
		{"fires: a heading before the name", "Self-advocacy: Tom will tell the teacher which part of the task he needs help with", []string{"Tom"}, "I will tell the teacher which part of the task I need help with."},
		{"fires: when the outcome is met", "Outcome met when student gets from the bus stop to reception on his own", nil, "I will get from the bus stop to reception on my own."},
		{"fires: a pupil with a need and the verb", "Student with hypermobility carries her books in a wheeled bag between lessons", nil, "I will carry my books in a wheeled bag between lessons."},
		{"fires: a sixth-form student", "Sixth-form student walks to the village shop with his walking frame", nil, "I will walk to the village shop with my walking frame."},
		{"fires: a child named by a need and a year group", "Deafblind Y10 student to leave each lesson early", nil, "I will leave each lesson early."},
		{"fires: a year group, a student and a need", "Year 12 student with anxiety will tell the supervisor when she needs a break", nil, "I will tell the supervisor when I need a break."},
		{"fires: a teenager with a need", "Teenager with DLD to read the summary before each topic", nil, "I will read the summary before each topic."},
		{"fires: the night before ends the time, and using is how", "Sam packs his bag the night before using the timetable checklist", nil, "I will pack my bag the night before using the timetable checklist."},
		{"fires: will have visited is visit", "Sam will have visited two college open days", nil, "I will visit two college open days."},
		{"does not fire: applying for a course is no using", "Sam will apply for a college course", nil, "I will apply for a college course."},
		{"fires: seated in a wheelchair is sitting in it", "Put his arms into his coat sleeves while seated in his wheelchair", nil, "I will put my arms into my coat sleeves while sitting in my wheelchair."},
		{"fires: an aside between dashes goes", "Sam to sit ready for writing - feet flat, bottom back - when the adult says 'ready'", nil, "I will sit ready for writing when the adult says 'ready'."},
		{"fires: as set out in a plan goes", "Sam will stay in the library on cold days, as set out in his health plan", nil, "I will stay in the library on cold days."},
		{"fires: when staff aim for a score it goes", "Sam will spell 10 topic words, aiming for 8/10", nil, "I will spell 10 topic words."},
		{"fires: a room named before the toddler", "Jungle room toddler to name 5 animals on the picture cards", nil, "I will name 5 animals on the picture cards."},
		{"fires: a job seeker", "Job seeker to give up the priority seat when someone needs it", nil, "I will give up the priority seat when someone needs it."},
		{"fires: what staff say of the young person goes with it", "Young person on his two-week work experience to take his rest break", nil, "I will take my rest break."},
		{"fires: a long frame with no comma", "At the end of each Number Club maths topic Isla will write a postcard", []string{"Isla"}, "I will write a postcard at the end of each Number Club maths topic."},
		{"fires: and to someone keeps its to", "Sam will give his book to his teacher and to his mum", nil, "I will give my book to my teacher and to my mum."},
		{"fires: calmly is said once", "Sam will go to the car calmly, without distress", nil, "I will go to the car calmly."},
		{"fires: shelving is the child's action", "Work as library assistant, stamping returns and shelving books", nil, "I will work as library assistant and stamp returns and shelve books."},
		{"fires: without reversing is the right way round", "Write the numbers 11 to 20 correctly without reversing the digits", nil, "I will write the numbers 11 to 20 the right way round."},
		{"fires: a topic label before the young person who can", "Keeps safe online: young person can show 3 privacy settings on their phone", nil, "I will show 3 privacy settings on my phone."},
		{"fires: a who clause's own verb before the child's", "Student who uses a wheelchair moves herself between lessons", nil, "I will move myself between lessons."},
		{"fires: a who clause's unknown verb before the child's", "Student who stammers reads aloud in class", nil, "I will read aloud in class."},
		{"fires: a new arrival", "Y2 new arrival to sit beside his talk partner on the carpet", nil, "I will sit beside my talk partner on the carpet."},
		{"fires: an abbreviation for the kind of pupil", "Y10 EAL student to use her bilingual dictionary app", nil, "I will use my bilingual dictionary app."},
		{"fires: accuracy across the week goes", "Pupil to read his target words from the flashcards, at 95% accuracy across the week", nil, "I will read my target words from the flashcards."},
		{"fires: a course named before the student", "Agriculture student to work out the feed cost", nil, "I will work out the feed cost."},
		{"fires: an apprentice", "Autistic apprentice to ask his manager to repeat an instruction", nil, "I will ask my manager to repeat an instruction."},
		{"fires: a child named by age, and an aside", "Two-year-old (SEN support) to fill and empty containers", nil, "I will fill and empty containers."},
		{"fires: a grade and a class", "7th grade student to check in with his mentor", nil, "I will check in with my mentor."},
		{"fires: a hyphenated kind of pupil", "New-arrival pupil with EAL to use 5 phrases when he needs them", nil, "I will use 5 phrases when I need them."},
		{"fires: a pupil recovering", "Y2 pupil recovering from surgery to rest in the medical room", nil, "I will rest in the medical room."},
		{"fires: a reader named by attainment", "Low-attaining Y5 reader to use Lexia at home", nil, "I will use Lexia at home."},
		{"fires: a stage label", "Stage 4: Leo to watch the adult", []string{"Leo"}, "I will watch the adult."},
		{"fires: a year group, the name and an aside", "P6 pupil Freya (type 1 diabetes) to go to the office", []string{"Freya"}, "I will go to the office."},
		{"fires: the name and an aside", "Freya (type 1 diabetes) to go to the office", []string{"Freya"}, "I will go to the office."},
		{"fires: Will", "Will read 10 words", nil, "I will read 10 words."},
		{"fires: By the end of term name will be able to", "By the end of term Sam will be able to read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: By the end of the summer term with comma", "By the end of the summer term, Sam will read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: is going to", "Sam is going to read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: For name to", "For Sam to read 10 words", []string{"Sam"}, "I will read 10 words."},
		{"fires: name found without being given", "Amara will read 10 words", nil, "I will read 10 words."},
		{"fires: legal and preferred names", "Alexander will read 10 words", []string{"Alex", "Alexander"}, "I will read 10 words."},
		{"fires: numbered bullet", "1. To read 10 words", nil, "I will read 10 words."},
		{"fires: I am", "I am calm in the playground", nil, "I will be calm in the playground."},
		{"fires: I with a base verb", "I read 10 words every day", nil, "I will read 10 words every day."},
		{"fires: repeated subject after and", "Sam will read 10 words and he will write them", []string{"Sam"}, "I will read 10 words and write them."},
		{"fires: aside after the lead-in goes last", "Sam will (with support) read 10 words", []string{"Sam"}, "I will read 10 words with support."},
		{"fires: a thing will be", "Attendance will be above 90%", nil, "I will make sure attendance is above 90%."},
		{"fires: plural things will be", "His sentences will be neat", nil, "I will make sure my sentences are neat."},
		{"fires: a count starts the target", "Fewer than 3 incidents a week", nil, "I will have fewer than 3 incidents a week."},
		{"not: to in the middle", "Go to the library to choose a book", nil, "I will go to the library to choose a book."},
		{"not: Can as a noun later", "Put the can in the recycling", nil, "I will put the can in the recycling."},
		{"not: a child called Will keeps the word will", "Will will ask for help when he will need it", []string{"Will"}, "I will ask for help when I will need it."},
		{"not: a child called Hope keeps the word hope", "Hope will say what she hopes to learn", []string{"Hope"}, "I will say what I hope to learn."},
		{"fires: all small letters still finds the name", "sam will help sam's partner", []string{"Sam"}, "I will help my partner."},
		{"fires: all capitals still finds the name", "SAM WILL HELP SAM'S PARTNER", []string{"Sam"}, "I will help my partner."},
		{"not: capitalised place is not a name", "Walk to Assembly with a partner", nil, "I will walk to Assembly with a partner."},
	})
}

func TestBaseVerbs(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"fires: reads", "Sam reads his book", []string{"Sam"}, "I will read my book."},
		{"fires: tries", "Sam tries a new food", []string{"Sam"}, "I will try a new food."},
		{"fires: goes", "Sam goes to lunch calmly", []string{"Sam"}, "I will go to lunch calmly."},
		{"fires: does", "Sam does his homework", []string{"Sam"}, "I will do my homework."},
		{"fires: has", "Sam has a drink of water", []string{"Sam"}, "I will have a drink of water."},
		{"fires: watches", "Sam watches the adult", []string{"Sam"}, "I will watch the adult."},
		{"fires: is", "Sam is ready to learn", []string{"Sam"}, "I will be ready to learn."},
		{"fires: finishes (-shes)", "Finishes his work", nil, "I will finish my work."},
		{"fires: joined verbs", "Reads, spells and writes CVC words", nil, "I will read, spell and write short words."},
		{"fires: -ing start", "Reading 10 words", nil, "I will read 10 words."},
		{"fires: joined -ing verbs", "Reading and writing 10 words", nil, "I will read and write 10 words."},
		{"not: -ing after a third-person verb describes it", "Puts up his hand, staying in his seat", nil, "I will put up my hand and stay in my seat."},
		{"not: a capitalised verb before to is not a name", "Moves to the next job when shown his board", nil, "I will move to the next job when shown my board."},
		{"not: a capitalised verb is not a name", "Points to a feelings picture", nil, "I will point to a feelings picture."},
		{"not: base verb stays", "Read 10 words", nil, "I will read 10 words."},
		{"not: noun after and", "Read books and comics", nil, "I will read books and comics."},
		{"not: focus is not a third-person form", "Focus on the task", nil, "I will focus on the task."},
		{"not: discuss keeps its ss", "Discuss his ideas", nil, "I will discuss my ideas."},
	})
}

func TestPerson(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"fires: he is becomes I am", "Ask for help when he is stuck", nil, "I will ask for help when I am stuck."},
		{"fires: he was becomes I was", "Say what happened when he was upset", nil, "I will say what happened when I was upset."},
		{"fires: his becomes my", "Put his coat on the peg", nil, "I will put my coat on the peg."},
		{"fires: him becomes me", "Ask an adult to help him", nil, "I will ask an adult to help me."},
		{"fires: himself becomes myself", "Dress himself after PE", nil, "I will dress myself after PE."},
		{"fires: her possessive", "She will put her bag away", nil, "I will put my bag away."},
		{"fires: her object", "She will ask an adult to help her", nil, "I will ask an adult to help me."},
		{"fires: her doing after help", "She will name one thing that helps her feel calm", nil, "I will name one thing that helps me feel calm."},
		{"fires: her doing after make", "She will name 3 things that make her feel hot", nil, "I will name 3 things that make me feel hot."},
		{"does not fire: make her drink is hers", "She will help to make her drink at snack time", nil, "I will help to make my drink at snack time."},
		{"fires: name as object", "Ask an adult to help Sam", []string{"Sam"}, "I will ask an adult to help me."},
		{"fires: name as subject later", "Ask for help when Sam is stuck", []string{"Sam"}, "I will ask for help when I am stuck."},
		{"fires: name possessive", "Put Sam's book in the tray", []string{"Sam"}, "I will put my book in the tray."},
		{"not: their after each member is theirs", "Sam will check each member is doing their job", []string{"Sam"}, "I will check each member is doing their job."},
		{"not: them and their after a customer are the customer's", "Student will serve a customer and give them their change", nil, "I will serve a customer and give them their change."},
		{"fires: their with nobody else named", "The student will go to their quiet spot", nil, "I will go to my quiet spot."},
		{"fires: the pupil later", "Ask for help when the pupil is stuck", nil, "I will ask for help when I am stuck."},
		{"fires: they-child themselves", "They will calm themselves down", nil, "I will calm myself down."},
		{"fires: they are becomes I am", "They will say when they are worried", nil, "I will say when I am worried."},
		{"fires: their turn", "They will wait for their turn", nil, "I will wait for my turn."},
		{"fires: they for the child with no one else", "Sam will ask for help when they are stuck", []string{"Sam"}, "I will ask for help when I am stuck."},
		{"fires: their for the child with no one else", "To put their coat on the peg", nil, "I will put my coat on the peg."},
		{"not: they is the teacher", "Sam will listen to the teacher when they are talking", []string{"Sam"}, "I will listen to the teacher when they are talking."},
		{"not: they is the other children", "Sam will ask his friends what they want to play", []string{"Sam"}, "I will ask my friends what they want to play."},
		{"not: them is things", "They will tidy the pens and put them away", nil, "I will tidy the pens and put them away."},
		{"not: their after peers", "They will let peers finish their turn", nil, "I will let other children finish their turn."},
		{"not: they without they lead-in", "Ask peers what they think", nil, "I will ask other children what they think."},
		{"not: other gender is someone else", "Sam will tell his mum when she arrives", []string{"Sam"}, "I will tell my mum when she arrives."},
		{"not: adult subject keeps its pronoun", "The TA will check in with him when she arrives", nil, "I will work with the TA, who will check in with me when she arrives."},
		{"fires: a child noun with a letter", "Given a laptop, Student A will type his ideas", nil, "I will type my ideas."},
		{"fires: child/young person", "Child/young person follows a recipe card", nil, "I will follow a recipe card."},
		{"fires: a year group before the child noun", "Y8 pupil to retell a sequence of events in order", nil, "I will retell what happened in order."},
		{"fires: a year group written out", "Year 5 student will read a short text aloud", nil, "I will read a short text aloud."},
		{"not: I is never written", "He is happy and he has his lunch", nil, "I will be happy and I have my lunch."},
		{"fires: their after the student, nobody else named", "The student will go to their quiet spot when needed", nil, "I will go to my quiet spot when needed."},
		{"not: their after peers named", "The student will listen to peers and respond to their ideas", nil, "I will listen to other children and reply to their ideas."},
		{"not: their right after an adult", "The pupil will ask an adult for their help", nil, "I will ask an adult for their help."},
		{"fires: the head after the child's verb", "The learner will raise the hand to answer", nil, "I will raise my hand to answer."},
		{"not: the head of year is someone", "Sam will go to the head of year when upset", []string{"Sam"}, "I will go to the head of year when I feel upset."},
		{"fires: an adult's instructions read as the adult's", "Sam will follow instructions of the teacher", []string{"Sam"}, "I will follow the teacher's instructions."},
		{"fires: communicating with nothing told is talking", "Hold the head up when communicating or listening", nil, "I will hold my head up when I talk or listen."},
	})
}

func TestStaffMeasures(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"fires: with 80% accuracy", "Read 20 words with 80% accuracy", nil, "I will read 20 words."},
		{"fires: with 80 per cent accuracy", "Read 20 words with 80 per cent accuracy", nil, "I will read 20 words."},
		{"fires: in 4 out of 5 sessions", "Read 20 words in 4 out of 5 sessions", nil, "I will read 20 words."},
		{"fires: on 4/5 occasions", "Read 20 words on 4/5 occasions", nil, "I will read 20 words."},
		{"fires: on 3 consecutive occasions", "Read 20 words on 3 consecutive occasions", nil, "I will read 20 words."},
		{"fires: 80% of the time", "Use his calm box 80% of the time", nil, "I will use my calm box."},
		{"fires: over 3 weeks", "Read 20 words over 3 weeks", nil, "I will read 20 words."},
		{"fires: will be observed in", "Read 20 words, this will be observed in class", nil, "I will read 20 words."},
		{"not: what the child observed", "Tell an adult what he observed in the garden", nil, "I will tell an adult what I observed in the garden."},
		{"fires: as evidenced by", "Read 20 words, as evidenced by reading records", nil, "I will read 20 words."},
		{"fires: with 95% of words right", "Read 90 words a minute with 95% of words right on a timed read", nil, "I will read 90 words a minute on a timed read."},
		{"fires: measure in the middle", "Read 20 words with 80% accuracy during guided reading", nil, "I will read 20 words during guided reading."},
		{"fires: a score of the words, which stay", "Read 8 out of 10 words", nil, "I will read the words."},
		{"fires: a score of the questions, which stay", "Sam will answer 4 out of 5 questions about the story", []string{"Sam"}, "I will answer the questions about the story."},
		{"not: a score of something else stays for the self-check", "Sam will score 8 out of 10 in his spelling test", []string{"Sam"}, "I will score 8 out of 10 in my spelling test."},
		{"not: a score after a preposition stays for the self-check", "Sam will order the numbers, for eight out of 10 numbers", []string{"Sam"}, "I will order the numbers, for eight out of 10 numbers."},
		{"fires: a score after a comma", "Sam will measure lines with a ruler, 4 out of 5 correct", []string{"Sam"}, "I will measure lines with a ruler."},
		{"fires: a count after a comma", "Sam will say what is missing, 3 out of 4 turns", []string{"Sam"}, "I will say what is missing."},
		{"fires: a count of things in a row", "Sam will use full stops in 3 consecutive sentences", []string{"Sam"}, "I will use full stops."},
		{"not: different colours are the task", "Sam will write his name in 3 different colours", []string{"Sam"}, "I will write my name in 3 different colours."},
		{"fires: x3 weekly", "Sam will say his sounds x3 weekly", []string{"Sam"}, "I will say my sounds 3 times a week."},
		{"fires: a session's frequency after a comma", "Sam will say his sounds, x3 weekly", []string{"Sam"}, "I will say my sounds."},
		{"fires: a staff note after a comma", "Josh will line up at the door quietly when the bell rings, 4 out of 5 days, TA to record.", []string{"Josh"}, "I will line up at the door quietly when the bell rings."},
		{"fires: x2 daily", "Sam will do his stretches x2 daily", []string{"Sam"}, "I will do my stretches 2 times a day."},
		{"not: for 10 minutes is the child's", "Sit for 10 minutes", nil, "I will sit for 10 minutes."},
		{"fires: no more than 2 prompts is a help level, and goes", "Start work with no more than 2 prompts", nil, "I will start work."},
		{"not: 3 times a week stays", "Read to an adult 3 times a week", nil, "I will read to an adult 3 times a week."},
		{"fires: on 3 occasions", "Retell a story on 3 occasions", nil, "I will retell a story."},
		{"fires: measured quarterly", "Count to 20 by himself, measured quarterly", nil, "I will count to 20 by myself."},
		{"fires: % of observed intervals", "Stay in his seat for 80% of observed 5-minute intervals", nil, "I will stay in my seat."},
		{"fires: across 5 sessions", "Jump from a step across 5 sessions", nil, "I will jump from a step."},
		{"fires: 4/5 days per week", "Walk to the hall with hand-held help 4/5 days per week", nil, "I will walk to the hall with help."},
		{"fires: 4 mornings out of 5", "Say goodbye to his dad at the door 4 mornings out of 5", nil, "I will say goodbye to my dad at the door."},
		{"fires: a task's score", "Add two groups of counters, correctly answering eight out of 10", nil, "I will add two groups of counters."},
		{"fires: who signed it off", "Fill the bowl and wash the plates after tea, signed off by her tutor", nil, "I will fill the bowl and wash the plates after tea."},
		{"fires: where it is logged", "Join a game at lunchtime, logged on CPOMS", nil, "I will join a game at lunchtime."},
		{"fires: where it was seen, after a dash", "Ask for a new book when it is full - seen in 3 subjects", nil, "I will ask for a new book when it is full."},
		{"fires: within a 2-minute window", "Do up his zip within a 2-minute window after PE", nil, "I will do up my zip after PE."},
		{"fires: seen, once its count is gone", "Sam will use full stops in his writing, seen in 3 out of 4 book looks", []string{"Sam"}, "I will use full stops in my writing."},
		{"not: what the child has seen", "Sam will draw what he has seen", []string{"Sam"}, "I will draw what I have seen."},
		{"fires: how staff rehearse it", "Sam will wave goodbye at the door, practised each day at home", []string{"Sam"}, "I will wave goodbye at the door."},
		{"fires: the wait staff allow", "Sam will point to a picture of his snack, given 10 seconds to look", []string{"Sam"}, "I will point to a picture of my snack."},
		{"fires: no support after a comma is by myself", "Sam will climb the steps to the slide, no support", []string{"Sam"}, "I will climb the steps to the slide, by myself."},
		{"fires: a deadline of a semester", "Sam will write his name on his work by the end of the semester", []string{"Sam"}, "I will write my name on my work."},
		{"fires: a deadline of a grading period", "Sam will write his name on his work by the end of the first grading period", []string{"Sam"}, "I will write my name on my work."},
		{"fires: accuracy kept while reading", "Read his reading book aloud while maintaining 90 percent accuracy in the words read", nil, "I will read my reading book aloud."},
		{"fires: how far from the line staff allow", "Cut along a curved line with deviations of no more than 1/4 inch", nil, "I will cut along a curved line."},
		{"fires: where the child started", "Sam will say his number bonds to 10, baseline 2/10", []string{"Sam"}, "I will say my number bonds to 10."},
		{"fires: where the child started, counted in games", "Sam will shake hands after a game, baseline 1 in 5 games", []string{"Sam"}, "I will shake hands after a game."},
		{"not: a baseline with no count is the child's pacing", "Sam will stay within his agreed baseline and rest after lunch", []string{"Sam"}, "I will stay within my agreed baseline and rest after lunch."},
	})
}

func TestGlossary(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"fires: independently", "Read independently", nil, "I will read by myself."},
		{"fires: peers", "Play with peers", nil, "I will play with other children."},
		{"fires: when they are needed is when I need them", "Wear his glasses when they are needed", nil, "I will wear my glasses when I need them."},
		{"fires: managing his inhaler is using it", "Manage his inhaler before PE", nil, "I will use my inhaler before PE."},
		{"fires: utilise", "Utilise a word mat", nil, "I will use a word mat."},
		{"fires: managing the move from parent to setting is saying goodbye", "Manage the transition from parent to setting at the door", nil, "I will say goodbye at the door."},
		{"fires: a parent or carer too", "Manage the transition from parent/carer to setting calmly", nil, "I will say goodbye calmly."},
		{"fires: a conversation planner keeps its name", "Use a conversation planner before a meeting", nil, "I will use a conversation planner before a meeting."},
		{"fires: learning initial letter sounds is learning the letter sounds", "Learn initial letter sounds s and t", nil, "I will learn the letter sounds s and t."},
		{"fires: a topic the peer chose is their topic", "Ask a peer two questions on a topic chosen by the peer", nil, "I will ask another child two questions on their topic."},
		{"fires: initiating a greeting is greeting, with eye contact and words", "Initiate a greeting to an adult upon arrival using eye contact and a verbal greeting", nil, "I will greet an adult when I arrive by looking at them and saying hello."},
		{"fires: ways for doing is ways to do", "Identify two strategies for managing stress", nil, "I will find two ways to manage stress."},
		{"fires: a multiplication square is a times table square", "Use a multiplication square", nil, "I will use a times table square."},
		{"fires: editing for is checking writing for", "Edit for capital letters and full stops", nil, "I will check my writing for capital letters and full stops."},
		{"fires: exercises done often are done, not finished", "Complete his hand exercises 3 times a week", nil, "I will do my hand exercises 3 times a week."},
		{"not: work done once is finished", "Complete his work", nil, "I will finish my work."},
		{"fires: a category is a group", "Choose one item from each category on his lunch menu", nil, "I will choose one item from each group on my lunch menu."},
		{"fires: a preferential seat is a seat", "Sit in his preferential seat near the front", nil, "I will sit in my seat near the front."},
		{"fires: listening actively is listening carefully", "Listen actively in a small group", nil, "I will listen carefully in a small group."},
		{"fires: a decodable reader is a reading book", "Read 20 short words from his decodable reader", nil, "I will read 20 short words from my reading book."},
		{"fires: a fine motor warm-up is a hand warm-up", "Complete a fine motor warm-up before handwriting", nil, "I will finish a hand warm-up before handwriting."},
		{"fires: tactile labels are touch labels", "Find her coat using the tactile labels on her peg", nil, "I will find my coat with the touch labels on my peg."},
		{"fires: a table-top activity is at the table", "Match pairs of picture cards during a table-top activity", nil, "I will match pairs of picture cards at the table."},
		{"fires: physiotherapy is physio", "Do his physiotherapy exercises before PE", nil, "I will do my physio exercises before PE."},
		{"fires: utilize American spelling", "Utilize a word mat", nil, "I will use a word mat."},
		{"fires: identify", "Identify 10 sounds", nil, "I will find 10 sounds."},
		{"fires: identifies", "Identifies 10 sounds", nil, "I will find 10 sounds."},
		{"fires: identifying mid-sentence", "Practise identifying 10 sounds", nil, "I will practise finding 10 sounds."},
		{"fires: identified", "Read the words identified by the teacher", nil, "I will read the words found by the teacher."},
		{"fires: verbalise", "Verbalise his feelings", nil, "I will say my feelings."},
		{"fires: articulate", "Articulate his feelings", nil, "I will say my feelings."},
		{"fires: demonstrate", "Demonstrate kindness", nil, "I will show kindness."},
		{"fires: appropriate words are kind words", "Use appropriate words", nil, "I will use kind words."},
		{"fires: appropriate on its own is good", "Choose an appropriate book to read", nil, "I will choose a good book to read."},
		{"fires: regulate", "Regulate his breathing", nil, "I will calm my breathing."},
		{"fires: sequence with object", "Sequence 4 pictures", nil, "I will put 4 pictures in order."},
		{"fires: sequencing", "Practise sequencing pictures", nil, "I will practise putting pictures in order."},
		{"does not fire: without using", "Order numbers to 100 without using a 100 square", nil, "I will order numbers to 100 without using a 100 square."},
		{"does not fire: a request named as a thing", "Fill in the weekly Money Request form", nil, "I will fill in the weekly Money Request form."},
		{"does not fire: a friend request", "Check with an adult before accepting a friend request", nil, "I will check with an adult before I accept a friend request."},
		{"does not fire: a sequencing drill", "Say 2 sounds in a sequencing drill", nil, "I will say 2 sounds in a sequencing drill."},
		{"fires: request after an adverb", "Politely request a break", nil, "I will ask for a break politely."},
		{"fires: comprehend", "Comprehend a story", nil, "I will understand a story."},
		{"fires: initiate", "Initiate play", nil, "I will start a game."},
		{"fires: strategies", "Use 2 strategies", nil, "I will use 2 ways."},
		{"fires: longest match first", "Read high frequency words", nil, "I will read common words."},
		{"fires: any case", "Use APPROPRIATE words", nil, "I will use kind words."},
		{"not: inside a longer word", "Sort the identity cards", nil, "I will sort the identity cards."},
		{"not: peer inside peering", "Stop peering over the wall", nil, "I will stop peering over the wall."},
		{"not: by using keeps using", "Add by using a number line", nil, "I will add by using a number line."},
		{"fires: alerting is telling", "Alert the teacher when the fire door is open", nil, "I will tell the teacher when the fire door is open."},
		{"fires: directing my helper is telling them what to do", "Sam will direct his helper at lunch", []string{"Sam"}, "I will tell my helper what to do at lunch."},
		{"fires: members of the public are people", "Say hello to members of the public at the library desk", nil, "I will say hello to people at the library desk."},
		{"fires: a familiar topic is a topic I know", "Talk for one minute about a familiar topic", nil, "I will talk for one minute about a topic I know."},
		{"fires: in classroom is in class", "Hang his coat up in classroom", nil, "I will hang my coat up in class."},
		{"fires: an adult-led task is a task with an adult", "Finish an adult-led task at the table", nil, "I will finish a task with an adult at the table."},
		{"fires: a community leisure activity", "Join a community leisure activity on Saturdays", nil, "I will join a club or activity in my community on Saturdays."},
		{"fires: without a parent present is without my parent", "Buy a drink at the cafe without a parent present", nil, "I will buy a drink at the cafe without my parent."},
		{"fires: needs and wishes told to someone", "Communicate his needs and wishes to his new key worker", nil, "I will tell my new key worker what I need and want."},
		{"fires: people unfamiliar to him are new people", "Say hello to people who are unfamiliar to him", nil, "I will say hello to new people."},
		{"fires: OT before what the child knows", "Do his OT hand exercises after lunch", nil, "I will do my hand exercises after lunch."},
		{"fires: a functional walking frame is a walking frame", "Use his functional walking frame in the playground", nil, "I will use my walking frame in the playground."},
		{"fires: an intervention booklet is a booklet", "Write the answers in his maths intervention booklet", nil, "I will write the answers in my maths booklet."},
		{"not: Functional Skills is a course's name", "Bring a calculator to Functional Skills maths", nil, "I will bring a calculator to Functional Skills maths."},
		{"fires: a label is said by what it stands for", "Check his writing for CUPS (capitals, use, punctuation, spelling)", nil, "I will check my writing for capitals, use, punctuation and spelling."},
		{"fires: a label of questions is said by its questions", "Ask 'wh' questions (who, what, where) about a picture", nil, "I will ask who, what and where questions about a picture."},
		{"not: examples of a sound's words are not what it stands for", "Say 'sh' words (ship, shop, shoe) in a game", nil, "I will say 'sh' words in a game."},
		{"not: a subject is no label", "Practise Maths (adding, taking away) at home", nil, "I will practise Maths at home."},
	})
}

func TestGlossaryExtension(t *testing.T) {
	r := New(map[string]string{
		"identify":        "spot",        // replaces a built-in verb, in every form
		"Peers":           "classmates",  // replaces a built-in word; keys are case-free
		"phonics":         "sounds work", // a new word
		"number line":     "counting line",
		"zones of colour": "feelings colours",
		"very":            "",                      // deleted
		"correct my work": "check and fix my work", // the child in it as "my"
	})
	runTargets(t, r, []ruleCase{
		{"extra wins over built-in verb", "Identify 10 sounds", nil, "I will spot 10 sounds."},
		{"extra verb keeps its forms", "Practise identifying 10 sounds", nil, "I will practise spotting 10 sounds."},
		{"extra wins over built-in word", "Play with peers", nil, "I will play with classmates."},
		{"extra new word", "Join in phonics", nil, "I will join in sounds work."},
		{"extra phrase", "Use a number line", nil, "I will use a counting line."},
		{"extra empty word deletes", "Be very kind to other children", nil, "I will be kind to other children."},
		{"built-in still there", "Utilise a word mat", nil, "I will use a word mat."},
		{"a phrase with the child in it matches as my", "Correct his work using a checklist", nil, "I will check and fix my work with a checklist."},
	})
	if got := New(nil).Target("Identify 10 sounds"); got != "I will find 10 sounds." {
		t.Errorf("extra glossary leaked into another Rewriter: %q", got)
	}
}

func TestSpecialPhrases(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"fires: single-digit numbers", "Add two single-digit numbers", nil, "I will add two numbers under 10."},
		{"fires: single digit numbers unhyphenated", "Add two single digit numbers", nil, "I will add two numbers under 10."},
		{"fires: a single-digit number", "Double a single-digit number", nil, "I will double a number under 10."},
		{"fires: record sentences", "Record 2 sentences", nil, "I will write 2 sentences."},
		{"fires: records his ideas", "Records his ideas on a mind map", nil, "I will write my ideas on a mind map."},
		{"fires: record written work is doing it", "Use his laptop to record written work", nil, "I will use my laptop to do written work."},
		{"fires: records half a page", "Records at least half a page", nil, "I will write at least half a page."},
		{"not: record on a tablet", "Record his ideas on a tablet", nil, "I will record my ideas on a tablet."},
		{"not: record as a noun", "Keep a record of his reading books", nil, "I will keep a record of my reading books."},
		{"not: record with no writing", "Record the temperature each day", nil, "I will record the temperature each day."},
	})
}

func TestShape(t *testing.T) {
	runTargets(t, New(nil), []ruleCase{
		{"full stop added", "to read 10 words", nil, "I will read 10 words."},
		{"one full stop, not two", "To read 10 words.", nil, "I will read 10 words."},
		{"exclamation becomes a full stop", "To read 10 words!", nil, "I will read 10 words."},
		{"spaces collapsed", "To   read\t10\n words ", nil, "I will read 10 words."},
		{"two sentences become one", "Read 10 words. Write 2 of them.", nil, "I will read 10 words and write 2 of them."},
		{"semicolon joins", "Read 10 words; write 2 of them", nil, "I will read 10 words and write 2 of them."},
		{"e.g. becomes like", "Use a tool, e.g. a timer", nil, "I will use a tool, like a timer."},
		{"acronym keeps its capitals", "WRITES ON THE PC", nil, "I will write on the PC."},
		{"single quotes hug their words", "Say 'please' and 'thank you'", nil, "I will say 'please' and 'thank you'."},
		{"plural possessive is not a quote", "Share the pupils' pens", nil, "I will share the pupils' pens."},
		{"smart apostrophe", "Put Sam’s book away", []string{"Sam"}, "I will put my book away."},
		{"trailing and dropped", "Read 10 words with 90% accuracy and", nil, "I will read 10 words."},
	})
}

func TestSuccess(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ name, staff, want string }{
		{"fires: can for will", "Sam will read 10 words", "I can read 10 words."},
		{"fires: a negative target becomes what the child will do", "Sam will not shout out", "I can put my hand up and wait to be asked."},
		{"fires: won't run in the corridor becomes walk", "Sam won't run in the corridor", "I can walk in the corridor."},
		{"fires: an unknown negative is still remember not to", "Sam will not tap his pencil", "I can remember not to tap my pencil."},
		{"not: nothing inside a word", "Sam will notice 3 changes", "I can notice 3 changes."},
		{"fires: the programme it was taught in goes", "Sam uses the 5-finger breathing taught in ELSA when he feels cross", "I can use the 5-finger breathing when I feel cross."},
		{"fires: fingers are the child's own", "Sam keeps fingers on the home keys when he types", "I can keep my fingers on the home keys when I type."},
		{"fires: no physical help is by myself", "Sam pedals the trike to the track with no physical help", "I can pedal the trike to the track by myself."},
		{"fires: the setting is nursery", "Sam says the names of 10 people in the setting", "I can say the names of 10 people at nursery."},
		{"fires: what staff do while the child does it goes", "Sam uses the sign for more, with his key person modelling", "I can use the sign for more."},
		{"fires: a score after a comma goes", "Sam doubles numbers to 10 from memory, 9/10 on the Wave 3 check", "I can double numbers to 10 from memory."},
		{"fires: a count of sessions in a row goes", "Sam finds the matching pair in a lotto game, 3 sessions in a row", "I can find the matching pair in a lotto game."},
		{"fires: no model needed goes", "Sam does 10 wall push-ups in the right order, no adult model needed", "I can do 10 wall push-ups in the right order."},
		{"fires: a binder is the child's own", "Sam keeps binder tidy", "I can keep my binder tidy."},
		{"fires: how many pieces of writing staff look at goes", "Sam uses commas in a list in one piece of writing a week", "I can use commas in a list."},
		{"fires: how long staff watch for it goes", "Sam wears pants, for 2 weeks", "I can wear pants."},
		{"fires: a stage signed off when", "Green level signed off when Sam walks home by himself", "I can walk home by myself."},
		{"fires: a plan's step achieved when", "Small-steps plan step 3 achieved when Sam walks from the car to the door", "I can walk from the car to the door."},
		{"fires: who will see it goes", "Parents and staff notice Sam putting his hand up at carpet time", "I can put my hand up at carpet time."},
		{"fires: staff will see that", "Staff will see that Sam waits his turn in a game", "I can wait my turn in a game."},
		{"not: a child who notices", "Sam notices when a friend is sad", "I can notice when a friend is sad."},
		{"fires: learn to is the skill learnt", "Sam will learn to spell 10 new words", "I can spell 10 new words."},
		{"fires: learn how to is the skill learnt", "Sam will learn how to tie his shoelaces", "I can tie my shoelaces."},
		{"fires: the target met if", "Sam will have met his target if he can count to 20", "I can count to 20."},
		{"fires: a present -ing, its staff adverb gone", "Sam is consistently using full stops", "I can use full stops."},
		{"fires: observed doing it", "Sam is observed sharing toys during free play", "I can share toys during free play."},
		{"fires: teacher observations show", "Teacher observations show Sam sharing toys", "I can share toys."},
		{"fires: staff report that", "Staff report that Sam asks for help", "I can ask for help."},
		{"fires: mum reports", "Mum reports Sam is reading at home", "I can read at home."},
		{"fires: how many weeks staff watch a daily action goes", "Sam arrives on time every day for 2 weeks", "I can arrive on time every day."},
		{"fires: weeks running goes", "Sam reads his rota with no errors for 3 weeks running", "I can read my rota with no errors."},
		{"not: how long the child does it stays", "Sam goes to Lego club for 6 weeks", "I can go to Lego club for 6 weeks."},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := r.Success(c.staff, "Sam"); got != c.want {
				t.Errorf("Success(%q) = %q, want %q", c.staff, got, c.want)
			}
		})
	}
}

func TestFallback(t *testing.T) {
	r := New(nil)
	for _, in := range []string{"", "   ", "!!!", "...", "\n\t", "To", "Sam will", "with 80% accuracy", "N/A", "tbc", "See EHCP", "-"} {
		if got := r.Target(in, "Sam"); got != FallbackTarget {
			t.Errorf("Target(%q) = %q, want the fallback %q", in, got, FallbackTarget)
		}
		if got := r.Success(in, "Sam"); got != FallbackSuccess {
			t.Errorf("Success(%q) = %q, want the fallback %q", in, got, FallbackSuccess)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	r := New(nil)
	var wg sync.WaitGroup
	const each = 20
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range each {
				c := corpus[(i*each+k)%len(corpus)]
				if got := r.Target(c.staff, c.names...); got != c.target {
					t.Errorf("concurrent Target(%q) = %q, want %q", c.staff, got, c.target)
					return
				}
				r.Readability(c.target)
			}
		}()
	}
	wg.Wait()
}

// oneSentence reports what is wrong with s as a child sentence, or "".
func oneSentence(s, start string) string {
	switch {
	case !strings.HasPrefix(s, start):
		return "does not start with " + start
	case !strings.HasSuffix(s, "."):
		return "does not end with a full stop"
	case strings.HasSuffix(s, ".."):
		return "ends with more than one full stop"
	case strings.ContainsAny(s, "\n\r"):
		return "has a line break"
	case strings.Contains(s, ". ") || strings.Contains(s, "! ") || strings.Contains(s, "? "):
		return "holds more than one sentence"
	case strings.Contains(s, "  "):
		return "has a double space"
	}
	return ""
}

func FuzzRewrite(f *testing.F) {
	for _, c := range corpus {
		f.Add(c.staff, strings.Join(c.names, " "))
	}
	for _, s := range []string{"", "!!!", "\x00\xff", "e.g. i.e. etc.", "(((", "\"", "/s/ /", "Sam's's", "I I I", "by the end of", "When , ,", "1:1:1", "1,000.5%",
		"1. Sam will read 20 words. 2. Sam will write his name.", "Sam will:\n- Read 20 tricky words\n- \n•", "We would like Sam to [ongoing] by 12/02/2027 - carried forward",
		"Sam will, with support, read", "Sam:", "\r\n:\n-", "Long-term outcome: . Target:", "Sam will not hit, kick or", "'Is she' + 'he'"} {
		f.Add(s, "Sam")
	}
	r := New(nil)
	f.Fuzz(func(t *testing.T, staff, name string) {
		names := strings.Fields(name)
		if got := r.Target(staff, names...); oneSentence(got, "I will ") != "" {
			t.Errorf("Target(%q, %q) = %q: %s", staff, names, got, oneSentence(got, "I will "))
		}
		if got := r.Success(staff, names...); oneSentence(got, "I can ") != "" {
			t.Errorf("Success(%q, %q) = %q: %s", staff, names, got, oneSentence(got, "I can "))
		}
		// What the checked forms give may be printed, so it is always
		// one child sentence, and the safe one whenever it is unsure.
		if got, unsure := r.TargetChecked(staff, names...); oneSentence(got, "I will ") != "" || unsure != "" && got != SafeTarget {
			t.Errorf("TargetChecked(%q, %q) = %q, %q", staff, names, got, unsure)
		}
		if got, unsure := r.SuccessChecked(staff, names...); oneSentence(got, "I can ") != "" || unsure != "" && got != SafeSuccess {
			t.Errorf("SuccessChecked(%q, %q) = %q, %q", staff, names, got, unsure)
		}
	})
}

func BenchmarkTarget(b *testing.B) {
	r := New(nil)
	for i := 0; b.Loop(); i++ {
		c := corpus[i%len(corpus)]
		r.Target(c.staff, c.names...)
	}
}

func TestChecked(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ name, staff, want, unsure string }{
		{"passes: a plain target", "Sam will read 10 words", "I will read 10 words.", ""},
		{"refused: a placeholder", "N/A", SafeTarget, "there is no wording to make the child's sentence from"},
		{"passes: the young person as subject", "The young person will use a visual timetable", "I will use a picture timetable.", ""},
		{"passes: how fast staff time it is quickly", "Sam will read at 40 WPM", "I will read quickly.", ""},
		{"refused: a staff measure", "Sam will read with 40 WPM", SafeTarget, `a staff measure is left: "WPM"`},
		{"refused: a timed test is how staff measure", "Sam will type at 12 WPM on a 3-minute timed test", SafeTarget, `a staff measure is left: "3-minute timed test"`},
		{"passes: how well and how fast is carefully and quickly, and the test they time goes", "Sam will type with 95% accuracy at 12 WPM on a 3-minute timed test", "I will type carefully and quickly.", ""},
		{"passes: an adult prompting him is an adult reminding me", "Sam will tidy his tray without an adult prompting him.", "I will tidy my tray without an adult reminding me.", ""},
		{"passes: predicting the next activity on a timetable is talking about it", "Sam will use a visual timetable to predict and talk about the next activity.", "I will use a picture timetable to talk about the next activity.", ""},
		{"passes: said or written", "Sam will spell 10 words verbally or written.", "I will spell 10 words out loud or in writing.", ""},
		{"passes: working with a partner says working in pairs", "When working in pairs, Sam will initiate interaction with his partner by asking a question about the task.", "I will start talking with my partner by asking a question about the task.", ""},
		{"refused: by myself is not put inside where the child starts from", "Sam will independently read a book starting from page 1.", SafeTarget, `the wording is not finished: "starting from"`},
		{"passes: a starting point is a thing, not where the child starts from", "Sam will independently find the starting point on the map.", "I will find the starting point by myself on the map.", ""},
		{"refused: jargon", "Sam will show trunk stability in PE", SafeTarget, `a word a child may not read is left: "trunk"`},
		{"refused: an unknown verb", "Sam will improve his handwriting", SafeTarget, `planpack does not know "improve" as something a child does`},
		{"refused: still negative", "Sam will not tap his pencil", SafeTarget, `it still says what the child will not do: "not"`},
		{"refused: too long", "Sam will read a book at his level and then tell an adult what happened first, next and at the very end of it", SafeTarget, "it is 24 words long, over 16 for a young reader"},
		{"refused: an adult's action", "The TA will model turn-taking", SafeTarget, "it says what an adult will do, not the child"},
		{"passes: a not inside a condition", "Sam will ask for help if he does not understand", "I will ask for help if I do not understand.", ""},
		{"passes: a negative target made positive", "Sam will not hit other children at playtime", "I will keep my hands and feet to myself at playtime.", ""},
		{"passes: a negative described in the present", "Does not shout out in class", "I will put my hand up and wait to be asked in class.", ""},
		{"passes: the positive part of a negative target", "Sam (Y9) is to refrain from shouting out in lessons and to put his hand up when he wants to answer", "I will put my hand up when I want to answer.", ""},
		{"passes: the positive part keeps the negative part's condition", "Sam will refrain from hiding under the table when the fire alarm goes, going to the line", "I will go to the line when the fire alarm goes.", ""},
		{"passes: stop before and is no negative", "When the bell rings, Sam will stop and look at the adult", "I will stop and look at the adult when the bell rings.", ""},
		{"passes: help the child does without is by myself", "Sam will go into class at the start of the day without needing to be carried or coaxed from the car.", "I will go into class at the start of the day by myself.", ""},
		{"passes: without needing help is by myself", "Sam will go to the toilet without needing help.", "I will go to the toilet by myself.", ""},
		{"refused: shortened to fit, it loses doing it alone", "To find his way between lessons using a colour-coded timetable and a school map, without needing a buddy to walk with him.", SafeTarget, `to be short enough it leaves out that the child does it alone ("without needing a buddy to walk with him")`},
		{"refused: needing something that is not help stays a negative", "Sam will eat his lunch without needing the toilet.", SafeTarget, `it still says what the child will not do: "without needing"`},
		{"refused: what it is was in the frame given", "When given a multi-step instruction in class, Sam will repeat it back to the adult in his own words before starting the task.", SafeTarget, `"repeat it" does not say what it is`},
		{"passes: an it that comes after its thing", "When given a worksheet, Sam will write his name on it.", "I will write my name on it.", ""},
		{"passes: hurting others when they do something to the child is telling an adult then", "Sam will not bite other children when they take his toys", "I will tell an adult when other children take my toys.", ""},
		{"passes: someone else's doing to the child, after a hit", "Sam will not kick others if someone laughs at him", "I will tell an adult when someone laughs at me.", ""},
		{"refused: a when that is where, not what sets it off", "Sam will not hit other children when they are in the line", SafeTarget, `it still says what the child will not do: "not"`},
		{"refused: a stock sentence would lose the condition", "Sam will not hit other children when he is told off", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: the chewy tube is for when the child needs to chew", "She will stop chewing her sleeves and use her chewy tube instead.", "I will use my chewy tube when I need to chew.", ""},
		{"passes: a chewy used when a condition says", "Sam will stop chewing his pencil and use his chewy when he feels anxious.", "I will use my chewy when I feel worried.", ""},
		{"passes: a share of the child's homework is their homework", "Sam will complete 80% of his homework on time.", "I will finish my homework on time.", ""},
		{"passes: submitting a share of assignments is handing mine in", "Sam will submit 90% of assignments on time.", "I will hand in my assignments on time.", ""},
		{"passes: a count of homeworks handed in leaves the homework", "Sam will hand in 4 out of 5 homeworks on time.", "I will hand in my homework on time.", ""},
		{"passes: a second verb of the same I", "Sam will tell staff what he likes and dislikes.", "I will tell staff what I like and dislike.", ""},
		{"passes: pictures after words are the words' own", "Sam will match 10 words to their pictures.", "I will match 10 words to their pictures.", ""},
		{"passes: the subject goes from the first action so that the second stays", "Sam will use a reader pen to read longer texts in English and answer 3 questions on each.", "I will use a reader pen to read longer texts and answer 3 questions on each.", ""},
		{"refused: where the first action is done stays, so the second cannot", "Sam will wear his ear defenders in assembly and stay sitting with his class until the end.", SafeTarget, `to be short enough it leaves out "and stay sitting with my class until the end", a second thing staff asked for`},
		{"refused: a detail the second action does too stays", "Sam will match 10 everyday classroom words to their pictures in English and say them in Polish too.", SafeTarget, `to be short enough it leaves out "and say them in Polish too", a second thing staff asked for`},
		{"passes: a count of pieces of homework is my homework", "Sam will hand in 8 of 10 pieces of homework.", "I will hand in my homework.", ""},
		{"passes: a count of assignments as a fraction", "Sam will submit 4/5 assignments by the deadline.", "I will hand in my assignments by the deadline.", ""},
		{"refused: a share of lessons is staff's count, not the child's work", "Sam will arrive on time to 90% of lessons.", SafeTarget, `the wording is not finished: it ends on "to"`},
		{"refused: social arguments are staff's", "The student will demonstrate problem-solving skills in social conflicts by generating two possible solutions with adult support.", SafeTarget, `a staff phrase is left: "social arguments"`},
		{"refused: an approach is staff's name for a way of teaching", "Pupil to answer questions in class using the 'think, pair, share' approach.", SafeTarget, `a staff phrase is left: "the 'think, pair, share' approach"`},
		{"refused: a 2-symbol phrase is a therapist's measure", "Using his AAC device, Sam will request preferred items with a 2-symbol phrase.", SafeTarget, `a staff phrase is left: "2-symbol phrase"`},
		{"passes: reporting no pain is writing comfortably", "Using a writing slope, Sam will sustain handwriting for 10 minutes without reporting hand pain.", "I will keep writing comfortably with my writing slope.", ""},
		{"passes: the time given is the time I am given", "Sam will complete in-class assignments within the time given in 4 out of 5 lessons.", "I will finish in-class assignments in the time I am given.", ""},
		{"passes: how the child feels goes with the stock sentence", "To stop throwing equipment when frustrated.", "I will use equipment safely when I feel cross.", ""},
		{"passes: a feeling said with he is", "Sam will not damage school property when he is angry", "I will look after school things when I feel angry.", ""},
		{"passes: damaging equipment, with its setting", "Sam will not break equipment in PE", "I will look after school things in PE.", ""},
		{"passes: lateness is getting there on time", "Sam will reduce the number of detentions received for lateness from 6 per half term to 1, as recorded on SIMS.", "I will get to my lessons on time.", ""},
		{"passes: late for school is school", "Sam will not be late for school", "I will get to school on time.", ""},
		{"refused: staying late is no lateness", "Sam will not stay late after school", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: verbal outbursts are calm words, with the setting", "Sam will decrease verbal outbursts in class from 5 per week to 1 per week", "I will use calm words when I feel angry in class.", ""},
		{"passes: spitting at someone is using my words", "Reduce instances of spitting at staff to zero.", "I will use my words when I am upset.", ""},
		{"passes: a feeling is not said twice", "Sam will stop spitting at other children when frustrated", "I will use my words when I am upset.", ""},
		{"refused: spitting food out is not spitting at someone", "Sam will not spit out his food", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: panic attacks are telling an adult", "Sam will reduce his number of panic attacks from 2 per week to 1 per week", "I will tell an adult when I start to feel panicky.", ""},
		{"passes: running out of the gate is waiting with an adult, at home time", "Sam will not run out of the setting gate at home time.", "I will wait with an adult at home time.", ""},
		{"refused: a feeling with more after it is a condition the stock sentence would lose", "Sam will not hit other children when he is upset at lunchtime", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: without shouting is calmly, not a stock sentence", "Sam accepts 'no' from an adult without shouting or hitting", "I will accept 'no' from an adult calmly.", ""},
		{"passes: without touching is keeping hands to myself", "Sam will sit on the carpet without touching another child", "I will sit on the carpet and keep my hands to myself.", ""},
		{"refused: hands kept off a thing are not hands to myself", "Sam will wait for his turn without grabbing the dice", SafeTarget, `it still says what the child will not do: "without grabbing"`},
		{"refused: pushing a thing away is no hands-to-myself", "Sam will wait at snack time without pushing it away", SafeTarget, `it still says what the child will not do: "without pushing"`},
		{"passes: the next child is another child", "Sam will pass the bowl to the next child", "I will pass the bowl to the next child.", ""},
		{"passes: a not that sets one thing against another", "Sam will turn the paper, not his body, as he cuts", "I will turn the paper, not my body, as I cut.", ""},
		{"passes: a clause of its own may end on its participle", "Sam will watch the adult's mouth when a new sound is taught", "I will watch the adult's mouth when a new sound is taught.", ""},
		{"refused: a thing described by a participle at the end", "Sam will fill in his chart with the number of capsules taken", SafeTarget, `the wording is not finished: it ends on "taken"`},
		{"refused: a clause cut after its not", "Sam will ask the teacher if it is not", SafeTarget, `the wording is not finished: it ends on "not"`},
		{"passes: slow down is something the child does", "Sam will slow down when he reads", "I will slow down when I read.", ""},
		{"passes: an -ing description goes with the subject, its own to too", "Student returning to college after a brain injury to take a break after each hour of study", "I will take a break after each hour of study.", ""},
		{"passes: a five-letter -ing description", "Pupil using a wheelchair will move herself to the hall", "I will move myself to the hall.", ""},
		{"passes: the child's name as a label", "Sam: to read 45 high frequency words", "I will read 45 common words.", ""},
		{"passes: the child's name in capitals before a dash", "SAM – to hold a pencil with a tripod grip", "I will hold a pencil with a tripod grip.", ""},
		{"refused: making progress is no action", "Sam will make progress in his reading", SafeTarget, `"I will make progress" is not something the child can see themselves do`},
		{"passes: self-correct with no object", "Sam will self-correct when reading aloud", "I will fix my mistakes when I read aloud.", ""},
		{"passes: an aside between commas after the modal goes last", "Sam will, with support, read his reading book to an adult", "I will read my reading book to an adult with support.", ""},
		{"passes: a status note in square brackets goes", "Sam will read 20 tricky words [ongoing]", "I will read 20 tricky words.", ""},
		{"passes: a deadline by a short month and half term goes", "Sam will read 20 tricky words by Feb half term", "I will read 20 tricky words.", ""},
		{"passes: a deadline by a day of a month goes", "Sam will read 20 tricky words by 12th February", "I will read 20 tricky words.", ""},
		{"passes: a deadline by a written date goes", "Sam will read 20 tricky words by 12/02/2027", "I will read 20 tricky words.", ""},
		{"passes: sorting by something is no deadline", "Sam will sort the cards by colour", "I will sort the cards by colour.", ""},
		{"passes: where staff and family agreed it goes", "Sam will read 20 tricky words, as discussed at parents' evening", "I will read 20 tricky words.", ""},
		{"passes: a plan note after a dash goes", "Sam will read 20 tricky words - carried forward from autumn", "I will read 20 tricky words.", ""},
		{"passes: a review date after the target goes", "Sam will read 20 tricky words. Review date: 14/1/27", "I will read 20 tricky words.", ""},
		{"passes: targets numbered in one cell lose their numbers", "1. Sam will read 20 tricky words. 2. Sam will write his name.", "I will read 20 tricky words and write my name.", ""},
		{"passes: a cell of two lines is two sentences", "Sam will read 20 tricky words\nSam will write his name", "I will read 20 tricky words and write my name.", ""},
		{"passes: bulleted lines lose their bullets", "• Sam will read 20 tricky words\r\n• Sam will write his name", "I will read 20 tricky words and write my name.", ""},
		{"passes: a line ending in a colon is finished by the bulleted lines after it", "Sam will:\n- Read 20 tricky words\n- write his name", "I will read 20 tricky words and write my name.", ""},
		{"refused: a limit on sanctions says what the child will not get", "Sam will get no more than 2 negative points per week", SafeTarget, `it counts sanctions or incidents, not what the child will do: "no more than 2 negative points"`},
		{"passes: points the child earns", "Sam will get 5 house points a week", "I will get 5 house points a week.", ""},
		{"passes: a heading on a line of its own goes", "Target 1\nSam will count to 20", "I will count to 20.", ""},
		{"passes: a line wrapped in the cell goes on with the one before", "Sam will read 20\ntricky words by Easter", "I will read 20 tricky words.", ""},
		{"passes: her after the child's own verb is someone else", "Sam will ask his friend if he can play with him", "I will ask my friend if I can play with him.", ""},
		{"passes: him after a second verb of the child's is someone else", "Sam will say hello to his TA and wave to him", "I will say hello to my TA and wave to him.", ""},
		{"passes: him after a helper's verb is the child", "Sam will let his dad help him get dressed", "I will let my dad help me get dressed.", ""},
		{"passes: him with the child's things is the child", "Sam will bring a friend with him", "I will bring a friend with me.", ""},
		{"passes: he who is speaking is the teacher", "Sam will look at his teacher when he is speaking", "I will look at my teacher when he is speaking.", ""},
		{"refused: being more settled is a change staff see", "Sam is more settled in the mornings", SafeTarget, `"I will be more settled" is not something the child can see themselves do`},
		{"passes: next steps as a label", "Next steps: to build a tower of 4 bricks", "I will build a tower of 4 bricks.", ""},
		{"passes: respond to my name is looking when it is called", "To respond to her name when called", "I will look when someone calls my name.", ""},
		{"passes: a scheme's Inc. ends no sentence", "Sam will read a Read Write Inc. green book", "I will read a Read Write Inc green book.", ""},
		{"passes: enlarged print is big print", "Sam will use enlarged print resources", "I will use big print sheets.", ""},
		{"passes: a state after if is the child's", "Sam will ask a member of staff for help if lost", "I will ask a member of staff for help if I am lost.", ""},
		{"passes: how it is done after an example is no list item", "Sam will prepare a meal, such as beans on toast, with help", "I will prepare a meal, like beans on toast, with help.", ""},
		{"passes: views given at a review", "Sam will contribute his views to his annual review", "I will give my views at my annual review.", ""},
		{"passes: work experience in a shop", "Sam will access work experience in a retail setting", "I will do work experience in a shop.", ""},
		{"passes: asking leave of a man is the child's he", "Sam will ask Mr Patel if he can go to the toilet", "I will ask Mr Patel if I can go to the toilet.", ""},
		{"passes: a negative list of hands behaviours is one stock sentence", "Sam will not hit, kick or push other children", "I will keep my hands and feet to myself.", ""},
		{"passes: stop hitting and kicking keeps no kicking", "Sam will stop hitting and kicking", "I will keep my hands and feet to myself.", ""},
		{"passes: two kinds of behaviour, two stock sentences", "Sam will not hit or swear at other children", "I will keep my hands and feet to myself and use kind words.", ""},
		{"refused: a behaviour no stock sentence covers", "Sam will not swear, spit or throw things", SafeTarget, `it still says what the child will not do: "not"`},
		{"refused: the rest of a negative list is no positive part", "Sam will not tear, scribble on or throw his work", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: a score of the tasks leaves the tasks", "Sam will complete 3 out of 5 maths tasks", "I will finish the maths tasks.", ""},
		{"passes: a score of the pieces of work leaves them", "Sam will finish 4 out of 5 pieces of work", "I will finish the pieces of work.", ""},
		{"passes: a timing a day goes whole", "Sam will use Nessy for 15 minutes a day", "I will use Nessy.", ""},
		{"passes: a quote's own full stop ends the sentence", "Sam will say 'The cat sat on the mat.'", "I will say 'The cat sat on the mat.'", ""},
		{"passes: a bracketed how after the modal reads as words", "Sam will (with adult support) use a ruler to draw a straight line", "I will use a ruler to draw a straight line with help from an adult.", ""},
		{"passes: a full stop before a small letter ends no sentence", "Sam will read his book. then he will draw a picture", "I will read my book, then draw a picture.", ""},
		{"passes: using after at is the verb", "Sam will get better at using a knife and fork", "I will get better at using a knife and fork.", ""},
		{"passes: using after or and an -ing word is the verb", "Sam will stand in his frame, reading or using his tablet", "I will stand in my frame, reading or using my tablet.", ""},
		{"passes: a name in quoted speech is the word itself", "Sam will say 'My name is Sam'", "I will say 'My name is Sam'.", ""},
		{"passes: a pronoun in quoted speech is the word itself", "Sam will answer 'Is she happy?' about a picture", "I will answer 'Is she happy?' about a picture.", ""},
		{"refused: hurting oneself is no hands and feet to oneself", "Sam will stop hurting himself", SafeTarget, `it is about "hurting himself"; a Child Target needs to be written with care`},
		{"refused: biting is not covered by hands and feet", "Sam will not bite other children", SafeTarget, `it still says what the child will not do: "not"`},
		{"refused: verbal aggression is words, not hands and feet", "Sam will reduce incidents of verbal aggression towards staff", SafeTarget, `it still says what the child will not do: "reduce"`},
		{"refused: eating what is not food", "Sam will not eat non-food items such as sand and play dough", SafeTarget, `it is about "non-food"; a Child Target needs to be written with care`},
		{"refused: a toileting accident", "Sam will go to the toilet without wetting himself", SafeTarget, `it is about "wetting myself"; a Child Target needs to be written with care`},
		{"refused: being sick", "Sam will try new foods without vomiting", SafeTarget, `it is about "vomiting"; a Child Target needs to be written with care`},
		{"refused: a death in the family", "Sam will talk about his dad's death with his ELSA", SafeTarget, `it is about "death"; a Child Target needs to be written with care`},
		{"refused: what happens at home", "Sam will tell staff if anyone at home hurts him", SafeTarget, `it is about "anyone at home"; a Child Target needs to be written with care`},
		{"passes: a diagnosis in the subject goes with it", "Autistic pupil to stay for the whole Forest School session", "I will stay for the whole Forest School session.", ""},
		{"passes: someone hurting the child is told", "Sam will tell an adult if someone hurts him", "I will tell an adult if someone hurts me.", ""},
		{"refused: the staff writer's me", "Sam will read to me every day", SafeTarget, `"me" in the staff's words is the writer, not the child`},
		{"refused: the staff writer's us", "Sam will tell us about his weekend", SafeTarget, `"us" in the staff's words is the writer, not the child`},
		{"refused: the staff writer's I", "I will check in with Sam every morning", SafeTarget, `"I" in the staff's words is the writer, not the child`},
		{"passes: a me in quotes is said", "Sam will say 'help me please' when he is stuck", "I will say 'help me please' when I am stuck.", ""},
		{"passes: the All About Me pages are the child's", "Sam will fill in the About Me pages", "I will fill in the About Me pages.", ""},
		{"passes: a teacher with the child's name is not the child", "Sam will read with Mr Sam every morning", "I will read with Mr Sam every morning.", ""},
		{"passes: a class with the child's name is not the child", "Sam will go back to Sam Class after his break", "I will go back to Sam Class after my break.", ""},
		{"refused: a verb whose object was the measure", "Sam will reach 90% accuracy on his reading assessment", SafeTarget, `the wording is not finished: "reach on" has lost what it is`},
		{"refused: how often, with its count gone", "Sam will ask for help using the help card on at least 3 occasions per day", SafeTarget, `a staff measure is left: "a day"`},
		{"passes: how often, with its count", "Sam will make one short phone call a week", "I will make one short phone call a week.", ""},
		{"refused: where to, with the measure gone", "Sam will be punctual to 95% of lessons", SafeTarget, `the wording is not finished: it ends on "to"`},
		{"passes: a to that ends a want", "Sam will say pass when he does not want to", "I will say pass when I do not want to.", ""},
		{"passes: approx without its dot goes with the measure", "Sam will complete his homework on time approx 80% of the time", "I will finish my homework on time.", ""},
		{"passes: esp is especially", "Sam will tell an adult when he feels cross esp. at lunchtime", "I will tell an adult when I feel cross especially at lunchtime.", ""},
		{"passes: an ampersand is and", "Sam will say please & thank you at snack time", "I will say please and thank you at snack time.", ""},
		{"refused: a tilde", "Sam will use a spoon at snack ~ with help", SafeTarget, hardSymbol},
		{"passes: the spelling is the child's, how much of it staff's", "Sam will write 5 sentences with 80% of words spelt correctly", "I will write 5 sentences with words spelt correctly.", ""},
		{"refused: a limit on asking for help", "Sam will use his time-out card no more than twice a week", SafeTarget, `a staff phrase is left: "no more than twice"`},
		{"refused: progress levels are staff's", "Sam will make 2 sublevels of progress", SafeTarget, `a staff phrase is left: "sublevels"`},
		{"refused: a sanction", "Sam will go a full day without being sent out of class", SafeTarget, `a staff phrase is left: "being sent out"`},
		{"passes: a list numbered on one line", "Sam will 1) read 10 HFW 2) write 3 HFW", "I will read 10 common words and write 3 common words.", ""},
		{"passes: a list lettered on one line", "Sam will a) put his hand up b) wait his turn", "I will put my hand up and wait my turn.", ""},
		{"passes: a list in roman numbers on one line", "Sam will (i) wait his turn (ii) share equipment.", "I will wait my turn and share equipment.", ""},
		{"passes: bullets on one line", "• Sam will use his timer • Sam will complete his task", "I will use my timer and finish my task.", ""},
		{"passes: dashes on one line", "- Sam will hold his pencil with a tripod grip; - he will form letters correctly", "I will hold my pencil with a tripod grip and form letters correctly.", ""},
		{"passes: things named in a lettered list are no list of actions", "Sam will find the A) £5 note, B) £10 note, C) £20 note", "I will find the £5 note, £10 note and £20 note.", ""},
		{"passes: a note for staff after the target goes", "Sam will use his word mat when writing. NB: Sam has a new word mat", "I will use my word mat when I write.", ""},
		{"passes: a very hard is a note", "Sam will write 3 sentences. He finds this very hard.", "I will write 3 sentences.", ""},
		{"passes: where the target stands goes", "Sam will take turns in a game NEW", "I will take turns in a game.", ""},
		{"passes: a word in capitals for emphasis", "Sam will read 20 tricky words BY sight", "I will read 20 tricky words by sight.", ""},
		{"refused: what adults do with the child's things", "Sam's EpiPen will be kept in the classroom", SafeTarget, `"EpiPen is kept" says what adults will do, not the child`},
		{"refused: checked by staff", "Sam's insulin pump will be checked by staff at lunchtime", SafeTarget, `"pump is checked" says what adults will do, not the child`},
		{"refused: hoisted by staff", "Sam will be hoisted by two trained staff", SafeTarget, `"I will be hoisted" says what adults will do, not the child`},
		{"refused: met at the gate", "Sam will be met at the gate by his key worker", SafeTarget, `"I will be met" says what adults will do, not the child`},
		{"refused: a note of progress", "Sam is now using full stops more consistently", SafeTarget, `"I will be now" says what the child does now, not what they will do`},
		{"passes: what work samples show", "Evidence: work samples show Sam using capital letters and full stops in 3 pieces of independent writing", "I will use capital letters and full stops.", ""},
		{"passes: by myself once", "Sam independently takes himself to the calm corner when upset", "I will take myself to the calm corner when I feel upset.", ""},
		{"passes: things that are they", "Sam will put things back where they belong after use", "I will put things back where they belong after use.", ""},
		{"refused: a he and a she beside someone named", "Sam will tell Zara when she is hurting him", SafeTarget, `a he, she, his or her may be the child's or Zara's`},
		{"passes: keeping hands off someone", "Sam will sit next to Zara without touching her", "I will sit next to Zara and keep my hands to myself.", ""},
		{"refused: his typed as is", "Sam will use is word mat", SafeTarget, `a word may be mistyped: "use is"`},
		{"refused: their typed as there", "Sam will put there coat on independently", SafeTarget, `a word may be mistyped: "there coat"`},
		{"passes: so that someone else can is what it is for", "Sam will explain the rules of a playground game to a new classmate so that they can join in", "I will explain the rules of a playground game to a new classmate.", ""},
		{"refused: a way that says nothing of what it is for", "Sam will move from the red zone to the green zone using a strategy", SafeTarget, `"a way" does not say what the way is for`},
		{"refused: a kind of way", "Sam will use his stammer strategies in class", SafeTarget, `"stammer ways" does not say what the way is for`},
		{"passes: a way to do something", "Sam will use a strategy to calm down", "I will use a way to calm down.", ""},
		{"passes: regulate on its own is calm down", "Sam will use the calm box to regulate", "I will use the calm box to calm down.", ""},
		{"passes: frustration is cross feelings", "Sam will manage his frustration when he makes a mistake", "I will manage my cross feelings when I make a mistake.", ""},
		{"passes: the transition to secondary school is the move", "By the end of Year 6, Sam will be ready for transition to secondary school", "I will be ready for the move to secondary school.", ""},
		{"passes: walking away from conflict", "Sam will walk away from conflict instead of fighting", "I will walk away from an argument.", ""},
		{"passes: a visual field is sight", "Sam will track an object moving across his visual field", "I will track an object moving across my sight.", ""},
		{"passes: what the child carries at all times is the point", "Sam will carry his EpiPen at all times", "I will carry my EpiPen all the time.", ""},
		{"passes: what the child copes with", "Sam will cope with his teacher being absent", "I will cope with my teacher being away.", ""},
		{"passes: going to is will", "I am going to read 10 more words", "I will read 10 more words.", ""},
		{"passes: showing two things by two actions", "Sam will indicate yes by looking up and no by looking down", "I will show yes by looking up and no by looking down.", ""},
		{"passes: without adult reminders is by myself", "Sam will pack his bag with a picture checklist without adult reminders", "I will pack my bag with a picture checklist by myself.", ""},
		{"passes: common exception words are tricky words", "Sam will read 5 common exception words", "I will read 5 tricky words.", ""},
		{"passes: American spellings are British", "Sam will use a colored overlay in math", "I will use a coloured overlay in maths.", ""},
		{"passes: mad is cross", "Sam will tell his teacher when he is mad", "I will tell my teacher when I am cross.", ""},
		{"passes: a name with Math in it stays", "Sam will use Rocket Math", "I will use Rocket Math.", ""},
		{"passes: correct with no article is the right one", "Sam will bring correct equipment to every lesson", "I will bring the right equipment to every lesson.", ""},
		{"passes: the examples of what is asked for are what is asked for", "Sam will use single words to request eg 'juice', 'more'", "I will use single words to ask for 'juice', 'more'.", ""},
		{"refused: an adult made to do it", "Sam will have his TA read the questions to him", SafeTarget, `"have my TA read" says what an adult will do, not the child`},
		{"refused: 121 is staff's", "Sam will have 121 reading sessions daily", SafeTarget, `a staff phrase is left: "121"`},
		{"passes: what is shared with someone else is shared with them", "Sam will play with Ben and share the cars with him", "I will play with Ben and share the cars with him.", ""},
		{"passes: what the child takes with them is theirs", "Sam will take his communication book with him", "I will take my communication book with me.", ""},
		{"passes: pronouns named as words, they too", "Sam will use the pronouns they and their correctly in speech", "I will use the pronouns \"they\" and \"their\" correctly in speech.", ""},
		{"passes: what helped the child do something", "Sam will say which strategies helped him learn", "I will say which ways helped me learn.", ""},
		{"passes: a visual timer is a timer", "Sam will use a visual timer to help him wait", "I will use a timer to help me wait.", ""},
		{"passes: fs and caps", "Sam to use fs & caps in 3/5 sentences", "I will use full stops and capital letters.", ""},
		{"passes: pages", "Sam to complete Toe by Toe p. 25-30", "I will finish Toe by Toe page 25 to 30.", ""},
		{"refused: a phonics phase is staff's", "Sam to read Ph5 alt. spellings", SafeTarget, `a staff phrase is left: "ph5"`},
		{"refused: leaving the school site is no break card", "Sam will not run out of the school gate", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: leaving the classroom is the break card", "Sam will not run out of the classroom", "I will show my break card and wait for an adult.", ""},
		{"refused: a reward staff give", "Sam will stay on task for 10 minutes, after which he will receive a reward from the golden box", SafeTarget, `a staff phrase is left: "receive a reward"`},
		{"refused: improved is staff's judgement", "Sam will show improved social skills during yard time", SafeTarget, `a word a child may not read is left: "improved"`},
		{"passes: a numbered list of things", "Sam will name 1) red 2) blue 3) yellow", "I will name red, blue and yellow.", ""},
		{"passes: a lettered list of things", "Sam will find a) his peg b) his tray c) his chair", "I will find my peg, my tray and my chair.", ""},
		{"passes: bullets of things", "Sam will use • his word mat • his number line • his sound mat", "I will use my word mat, my number line and my sound mat.", ""},
		{"passes: a list after a colon", "Sam will write 3 sentences about: a) his weekend b) his family", "I will write 3 sentences about my weekend and my family.", ""},
		{"passes: a numbered list with its own and", "Sam will 1) read the text, 2) answer the questions and 3) check his work.", "I will read the text, answer the questions and check my work.", ""},
		{"passes: roman numbers with a dot", "Sam will: i. read 10 words; ii. write 5 words", "I will read 10 words and write 5 words.", ""},
		{"passes: am is no list and no sentence's end", "Sam will arrive by 8.50 a.m. each day", "I will arrive by 8.50 am each day.", ""},
		{"refused: hitting oneself is no hands and feet to oneself", "Sam will stop hitting his head", SafeTarget, `it is about "hitting his head"; a Child Target needs to be written with care`},
		{"refused: cutting oneself", "Sam will tell an adult when he wants to cut himself", SafeTarget, `it is about "cut myself"; a Child Target needs to be written with care`},
		{"refused: being held by staff", "Sam will calm down after being held by 2 staff", SafeTarget, `it is about "being held"; a Child Target needs to be written with care`},
		{"refused: a family member who hurts the child", "Sam will talk to an adult if dad hits him", SafeTarget, `it is about "dad hits"; a Child Target needs to be written with care`},
		{"refused: a toileting accident in the child's sentence", "Sam will tell an adult when he has had an accident", SafeTarget, `it is about "have had an accident"; a Child Target needs to be written with care`},
		{"passes: a toileting accident only in what goes", "Sam will tell an adult when he needs the toilet, rather than waiting until he has had an accident", "I will tell an adult when I need the toilet.", ""},
		{"refused: prison", "Sam will visit his dad in prison", SafeTarget, `it is about "prison"; a Child Target needs to be written with care`},
		{"refused: giving up a behaviour", "Sam will give up snatching toys", SafeTarget, `it still says what the child will not do: "give up snatching"`},
		{"passes: transition to as a verb is move to", "Sam will transition to the carpet when the timer ends", "I will move to the carpet when the timer ends.", ""},
		{"refused: a count with a sign", "Sam will read ≥20 words", SafeTarget, `a staff measure is left: "≥ 20"`},
		{"passes: the signs themselves", "Sam will use < and > to compare numbers", "I will use < and > to compare numbers.", ""},
		{"passes: a status in capitals goes", "Sam will count to 20 REVIEW", "I will count to 20.", ""},
		{"passes: a note after N.B. goes", "Sam will put his hand up N.B. praise every time", "I will put my hand up.", ""},
		{"passes: feel frustration is feel cross", "Sam will tell an adult when he feels frustration", "I will tell an adult when I feel cross.", ""},
		{"passes: regulate oneself is calm oneself down", "Sam will regulate himself using the sensory room", "I will calm myself down with the sensory room.", ""},
		{"passes: a title before the child's name with 's", "Sam will take the register to Mrs Sam's office", "I will take the register to Mrs Sam's office.", ""},
		{"passes: a nurse with the child's name", "Sam will see Nurse Sam after lunch", "I will see Nurse Sam after lunch.", ""},
		{"refused: his just after someone else named", "Sam will give Jack his pencil back", SafeTarget, `a he, she, his or her may be the child's or Jack's`},
		{"refused: her just after someone else named", "Sam will let Ella have her turn", SafeTarget, `a he, she, his or her may be the child's or Ella's`},
		{"refused: an adult's own will", "Sam will ask Mrs Lee and she will help him", SafeTarget, `a second "will" is left`},
		{"passes: a title's he is the title's", "Sam will thank Mr Smith when he helps him", "I will thank Mr Smith when he helps me.", ""},
		{"refused: books that are they", "Sam will put the books back where they belong", SafeTarget, `"they" may mean the child`},
		{"passes: a friend who is they", "Sam will tell a friend 'well done' when they win", "I will tell a friend 'well done' when they win.", ""},
		{"passes: helped when the child is they", "Sam will wait for an adult to help them", "I will wait for an adult to help me.", ""},
		{"refused: an adult's hand", "Sam will cross the road with an adult, holding their hand", SafeTarget, `"their" may mean the child`},
		{"passes: a word in capitals for how often", "Sam will ALWAYS line up quietly", "I will always line up quietly.", ""},
		{"passes: how often before the verb", "Sam always lines up quietly", "I will always line up quietly.", ""},
		{"passes: our class is the child's too", "Sam will follow our class rules", "I will follow our class rules.", ""},
		{"refused: which of the strategies", "Sam will use one of his 3 strategies", SafeTarget, `"3 ways" does not say what the way is for`},
		{"refused: a strategy remembered", "Sam will remember his strategy", SafeTarget, `"my way" does not say what the way is for`},
		{"passes: a condition in brackets is the point", "Sam will cross the road (only with an adult)", "I will cross the road only with an adult.", ""},
		{"refused: a not in brackets", "Sam will play outside (not on the climbing frame)", SafeTarget, `it still says what the child will not do: "not"`},
		{"refused: an adult checks the child's things", "Sam will have his hearing aids checked daily", SafeTarget, `"have my hearing aids checked" says what adults will do, not the child`},
		{"passes: a reading book named bare is the child's", "Sam will bring reading book daily", "I will bring my reading book daily.", ""},
		{"passes: a picture timetable named bare is the child's", "Sam will use picture timetable independently", "I will use my picture timetable by myself.", ""},
		{"passes: a peg named bare is the child's", "Sam will hang coat on peg", "I will hang my coat on my peg.", ""},
		{"passes: a verb with re- before it", "Sam will re-read his sentence to check it makes sense", "I will re-read my sentence to check it makes sense.", ""},
		{"passes: double-check", "Sam will double-check his answers", "I will double-check my answers.", ""},
		{"passes: starting at the top", "Sam will write capital letters starting at the top", "I will write capital letters starting at the top.", ""},
		{"passes: evidence in the text is reading", "Sam will find evidence in the text to answer a question", "I will find evidence in the text to answer a question.", ""},
		{"passes: TT Rockstars", "Sam will practise his times tables on TT Rockstars", "I will practise my times tables on TT Rockstars.", ""},
		{"passes: breathing strategies are breathing exercises", "Sam will use breathing strategies to calm down", "I will use breathing exercises to calm down.", ""},
		{"passes: work that is complete is finished", "Sam will tell an adult when his work is complete", "I will tell an adult when my work is finished.", ""},
		{"passes: informed choices are good choices", "Sam will make informed choices about his diet and exercise", "I will make good choices about my diet and exercise.", ""},
		{"passes: by taxi", "Sam will go to the swimming pool using a taxi", "I will go to the swimming pool by taxi.", ""},
		{"passes: at the zebra crossing", "Sam will cross the road using the zebra crossing outside school", "I will cross the road at the zebra crossing outside school.", ""},
		{"passes: the initial position is the start", "Sam will say the /s/ sound in the initial position of words", "I will say the /s/ sound at the start of words.", ""},
		{"refused: support an adult provides", "Sam will get 1:1 support for 15 hours a week", SafeTarget, `"I will get an adult's help" says what adults will provide, not what the child does`},
		{"refused: a comparison with last term", "Sam will spend less time out of class than last half term", SafeTarget, `a staff phrase is left: "less time"`},
		{"refused: things a frame named, gone with it", "Given a list of 10 sight words, Sam will read 8 correctly", SafeTarget, `what "read 8" are is left out`},
		{"passes: hair that is not the child's", "Sam will sweep up hair from the salon floor", "I will sweep up hair from the salon floor.", ""},
		{"passes: a vocational verb", "Sam will groom the pony and muck out the stable", "I will groom the pony and muck out the stable.", ""},
		{"passes: having the confidence to is the action", "Sam will have the confidence to ask for help", "I will ask for help.", ""},
		{"passes: a deadline without its the", "Sam will read all 10 sight words by end of half term", "I will read all 10 sight words.", ""},
		{"passes: the one helped when stuck", "Sam will help Tom when he is stuck", "I will help Tom when he is stuck.", ""},
		{"refused: a he and a she beside an adult", "Sam will wait for the adult to finish her sentence before he speaks", SafeTarget, `a he, she, his or her may be the child's or the adult's`},
		{"refused: how often, compared", "Sam will put his hand up more often than he calls out", SafeTarget, `a staff phrase is left: "more often than"`},
		{"refused: what staff will see", "Sam will write 3 sentences so that staff can see his progress", SafeTarget, `a staff phrase is left: "so that staff can see"`},
		{"refused: a crisis", "Sam will use a safe space when he is in crisis", SafeTarget, `it is about "in crisis"; a Child Target needs to be written with care`},
		{"passes: adult direction is what an adult asks", "Sam will accept adult direction", "I will do what an adult asks.", ""},
		{"passes: a note that this will be checked goes", "Sam will read 20 words; this will be checked weekly by his TA", "I will read 20 words.", ""},
		{"passes: admit", "Sam will admit when he has made a mistake", "I will admit when I have made a mistake.", ""},
		{"passes: his name called by the teacher", "Sam will respond to his name being called by the teacher", "I will look when the teacher calls my name.", ""},
		{"passes: help from an adult when he is stuck is the child's", "Sam will ask for help from an adult when he is stuck", "I will ask for help from an adult when I am stuck.", ""},
		{"refused: a staff writer's see me", "To come to see me every morning to check in", SafeTarget, "it says what an adult will do with the child, not the child"},
		{"refused: a staff writer's office", "Sam will come to my office when he needs a break", SafeTarget, `a staff phrase is left: "my office"`},
		{"passes: correct as a verb is fix", "Sam will use a spelling log to correct 5 spellings", "I will use a spelling log to fix 5 spellings.", ""},
		{"passes: seek out is look for", "Sam will seek out an adult when he feels unsafe", "I will look for an adult when I feel unsafe.", ""},
		{"refused: age related expectations", "Sam will work towards age related expectations in reading", SafeTarget, `a staff phrase is left: "age related"`},
		{"passes: I statements", "Sam will use I statements to say how he feels", "I will use 'I' statements to say how I feel.", ""},
		{"refused: a parent leaving", "Sam will talk to his ELSA about his feelings about dad leaving", SafeTarget, `it is about "dad leaving"; a Child Target needs to be written with care`},
		{"passes: mum leaving the room is no care topic", "Sam will stay calm when mum leaves the room", "I will stay calm when mum leaves the room.", ""},
		{"refused: a safeguarding note", "Sam will tell a trusted adult if he is worried about anything at home (see DSL file)", SafeTarget, `it is about "dsl"; a Child Target needs to be written with care`},
		{"passes: a named medicine is medicine", "Sam will take his Ritalin at lunchtime", "I will take my medicine at lunchtime.", ""},
		{"refused: catching up with other children", "Sam will catch up with his peers in reading", SafeTarget, `a staff phrase is left: "catch up with other children"`},
		{"passes: the teacher's instructions", "Sam will listen to the teacher and follow her instructions", "I will listen to the teacher and follow her instructions.", ""},
		{"passes: showing someone the child's own thing", "Sam will show Ella his picture", "I will show Ella my picture.", ""},
		{"refused: a thing given back", "Sam will give Jack his pencil back", SafeTarget, `a he, she, his or her may be the child's or Jack's`},
		{"passes: one more and one less", "Sam will use a hundred square to find one more and one less", "I will use a hundred square to find one more and one less.", ""},
		{"passes: greater than and less than", "Sam will use the symbols greater than and less than", "I will use the symbols greater than and less than.", ""},
		{"passes: the wrong order", "Sam will spot when a story is in the wrong order and fix it", "I will spot when a story is in the wrong order and fix it.", ""},
		{"passes: the child's planner kept up to date", "Sam will make sure his planner is kept up to date", "I will make sure my planner is kept up to date.", ""},
		{"passes: catch up with missed work", "Sam will catch up with work he has missed", "I will catch up with work I have missed.", ""},
		{"passes: is and are as words", "Sam will use is and are correctly in sentences", "I will use is and are correctly in sentences.", ""},
		{"passes: a list of words ending on to", "Sam will read is, was, the and to", "I will read is, was, the and to.", ""},
		{"passes: her help is the adult's", "Sam will thank Mrs Patel for her help", "I will thank Mrs Patel for her help.", ""},
		{"passes: he's got is I've got", "Sam will say when he's got a problem", "I will say when I've got a problem.", ""},
		{"passes: pronouns in a list of words", "Sam will read the words he, she and they", `I will read the words "he", "she" and "they".`, ""},
		{"refused: support got", "Sam will get support", SafeTarget, `"I will get support" says what adults will provide, not what the child does`},
		{"refused: the child kept safe", "Sam will make sure he is kept safe", SafeTarget, `"I am kept" says what adults will do, not the child`},
		{"refused: us with no child named", "To play a game with us", SafeTarget, `"us" in the staff's words is the writer, not the child`},
		{"passes: an including list goes whole", "Sam will name 3D shapes, including a cube, a cone and a prism", "I will name 3D shapes.", ""},
		{"passes: put hand up", "Sam will put hand up", "I will put my hand up.", ""},
		{"refused: hand in with nothing", "Sam will hand in", SafeTarget, `the wording is not finished: "hand in"`},
		{"passes: a hurt to tell an adult about is first aid", "Sam will tell an adult if he hurts himself in the playground", "I will tell an adult if I hurt myself in the playground.", ""},
		{"passes: a pronoun in a quote says nothing of whether the child is he or she", "Sam will tell an adult 'she took my pencil' and then go back to his work", "I will tell an adult 'she took my pencil' and then go back to my work.", ""},
		{"refused: a difficulty described, not a target", "Sam finds it difficult to share", SafeTarget, `"I will find it difficult" describes the child; it is not a target`},
		{"refused: becoming upset describes the child", "Sam can become upset when routines change", SafeTarget, `"I will become upset" describes the child; it is not a target`},
		{"passes: what the child has done is what they will do", "Sam has read 20 tricky words", "I will read 20 tricky words.", ""},
		{"refused: what staff see after but", "Sam can count to 10 but needs support beyond 10", SafeTarget, `the verb "needs" is not in the child's own form`},
		{"passes: what the child would like to do is the action", "Sam would like to make a friend", "I will make a friend.", ""},
		{"refused: a wish", "Sam will love reading", SafeTarget, `"I will love" says what the child would like, not what they will do`},
		{"refused: less help is staff's", "Sam will need less help at lunchtime", SafeTarget, `"I will need less" says how much help staff give, not what the child does`},
		{"refused: exposed to is what adults do", "Sam will be exposed to new words", SafeTarget, `"I will be exposed" says what adults will do, not the child`},
		{"refused: biting his own sleeves is no hands-and-feet target", "Sam will stop biting his sleeves", SafeTarget, `it still says what the child will not do: "stop biting"`},
		{"refused: refusing school is no work refusal", "Sam will not refuse to come into school", SafeTarget, `it still says what the child will not do: "not"`},
		{"passes: refusing work is starting it", "Sam will not refuse to do his work", "I will start my work when I am asked.", ""},
		{"passes: he who says is the teacher", "Sam will listen to his teacher and do what he says", "I will listen to my teacher and do what he says.", ""},
		{"passes: a him the child looks at is someone else", "Sam will listen to his teacher and look at him", "I will listen to my teacher and look at him.", ""},
		{"passes: a him the child sits next to is someone else", "Sam will go with his TA to the hall and sit next to him", "I will go with my TA to the hall and sit next to him.", ""},
		{"passes: what the child borrows is someone else's", "Sam will ask his friend if he can borrow his rubber", "I will ask my friend if I can borrow his rubber.", ""},
		{"passes: the brother the child helps finds his own classroom", "Sam will help his younger brother find his classroom", "I will help my younger brother find his classroom.", ""},
		{"passes: a brother's turn", "Sam will wait for his brother to finish his turn", "I will wait for my brother to finish his turn.", ""},
		{"passes: his teacher explains the child's own tics", "Sam will help his teacher explain his tics to the class", "I will help my teacher explain my tics to the class.", ""},
		{"passes: their pot is the pencils'", "Sam will put the pencils back in their pot", "I will put the pencils back in their pot.", ""},
		{"passes: visitors' names are theirs", "Sam will greet visitors and ask them their name", "I will greet visitors and ask them their name.", ""},
		{"passes: a worry after a man's name is the child's", "Sam will tell Mr Smith if he is worried", "I will tell Mr Smith if I am worried.", ""},
		{"passes: with the teacher during lunch is who with", "Sam will talk with the teacher during lunch", "I will talk with the teacher during lunch.", ""},
		{"passes: feelings in pictures are not the child's", "Sam will identify emotions in pictures", "I will name feelings in pictures.", ""},
		{"passes: i.e. before how it is done goes", "Sam will write simple sentences i.e. with a capital letter and full stop", "I will write sentences with a capital letter and full stop.", ""},
		{"passes: i.e. before a thing is an example", "Sam will use a calming strategy, i.e. deep breaths", "I will use a way to calm down, like deep breaths.", ""},
		{"passes: spelling strategies are spelling tricks", "Sam will use spelling strategies to spell new words", "I will use spelling tricks to spell new words.", ""},
		{"passes: a peer group is friends", "Sam will fit in with his peer group", "I will fit in with my friends.", ""},
		{"passes: a plan's name keeps its capitals", "Sam will take part in his Additional Support Plan review", "I will take part in my Additional Support Plan review.", ""},
		{"refused: a plus sign between words", "Sam will add + take away numbers to 10", SafeTarget, "a symbol a child may not read is left"},
		{"passes: a plus between quoted words is and", "Sam will join 'more' + 'bubbles' on his talker", "I will join 'more' and 'bubbles' on my talker.", ""},
		{"passes: a star left at the end of the cell goes", "Sam will count to 20 *", "I will count to 20.", ""},
		{"refused: staff's hand-over-hand", "Sam will tolerate hand-over-hand support for mark making", SafeTarget, `a staff phrase is left: "hand-over-hand"`},
		{"refused: a therapist's joint attention", "Sam will show joint attention", SafeTarget, `a staff phrase is left: "joint attention"`},
		{"refused: a programme's name", "Sam will answer a level B question about the Language for Thinking picture", SafeTarget, `a staff phrase is left: "language for thinking"`},
		{"refused: staff's count of times", "Sam will use his word mat x3 per lesson", SafeTarget, `a staff phrase is left: "x3"`},
		{"passes: both before two actions goes", "Sam will both read and write his name", "I will read and write my name.", ""},
		{"passes: ordinary verbs a child does", "Sam will earn 5 stickers on his reward chart each day", "I will earn 5 stickers on my reward chart each day.", ""},
		{"passes: comforting a friend", "Sam will comfort a friend who is sad", "I will comfort a friend who is sad.", ""},
		{"passes: the friend the child helps is the one stuck", "Sam will help his friend when he is stuck", "I will help my friend when he is stuck.", ""},
		{"passes: him the child lets have a turn is someone else", "Sam will share his toys with his friend and let him have a turn", "I will share my toys with my friend and let him have a turn.", ""},
		{"passes: a helper's him is the child", "Sam will ask an adult to help him when he is stuck", "I will ask an adult to help me when I am stuck.", ""},
		{"passes: the short-term target after a long-term outcome", "Long-term outcome: Sam will talk in sentences. Short-term target: Sam will use 3-word sentences.", "I will use 3-word sentences.", ""},
		{"passes: an area of need before an en dash", "Area of need: C&L – Sam will use 3-word sentences", "I will use 3-word sentences.", ""},
		{"passes: a heading before an action in small letters", "Speech: use 3-word sentences", "I will use 3-word sentences.", ""},
		{"passes: going to a place is going", "Sam is going to the toilet independently", "I will go to the toilet by myself.", ""},
		{"refused: less frequently is still the behaviour", "Sam will hit peers less frequently", SafeTarget, `it still says what the child will not do: "less frequently"`},
		{"refused: self-harm is for a SENCo to word", "Sam will use his distraction box when he has urges to self-harm", SafeTarget, `it is about "self-harm"; a Child Target needs to be written with care`},
		{"refused: a risk described", "Sam is at risk of permanent exclusion", SafeTarget, `"I will be at risk" describes the child; it is not a target`},
		{"refused: a state described", "Sam has low self-esteem", SafeTarget, `"I will have low" describes the child; it is not a target`},
		{"refused: getting angry described", "Sam gets angry when he loses", SafeTarget, `"I will get angry" describes the child; it is not a target`},
		{"refused: a comparative staff see", "Staff report Sam is calmer in the afternoons", SafeTarget, `"I will be calmer" is a change staff see, not something the child does`},
		{"passes: being a good friend", "Sam will be a good friend", "I will be a good friend.", ""},
		{"passes: her before a feeling is her", "Sam will tell an adult when something makes him sad", "I will tell an adult when something makes me sad.", ""},
		{"refused: which ways, once where they were taught goes", "Sam will use strategies taught in ELSA", SafeTarget, `the wording is not finished: nothing says which ways`},
		{"refused: walking out is what the target is against", "Sam will stay in lessons without walking out", SafeTarget, `it still says what the child will not do: "without walking"`},
		{"refused: a baseline", "Sam will sit for 10 minutes, up from 3 minutes currently", SafeTarget, `a staff phrase is left: "up from"`},
		{"refused: an incident count", "Sam joins in with PE lessons without a behaviour incident", SafeTarget, `a staff phrase is left: "incident"`},
		{"passes: teacher directives are the teacher's instructions", "Sam will comply with teacher directives within 30 seconds", "I will follow the teacher's instructions.", ""},
		{"passes: a range stays with its numbers", "Sam will independently add numbers to 20 using a number line", "I will add numbers to 20 by myself with a number line.", ""},
		{"passes: show he can is the doing", "Sam shows he can wait for his turn during circle time", "I will wait for my turn at circle time.", ""},
		{"refused: more time is what staff give", "Sam will need more time to complete tasks", SafeTarget, `"I will need more" says what staff give, not what the child does`},
		{"passes: pronouns as words", "Sam will use pronouns he and she correctly", `I will use pronouns "he" and "she" correctly.`, ""},
		{"passes: the hand dryer is no one's hand", "Sam will tolerate the hand dryer in the toilets", "I will cope with the hand dryer in the toilets.", ""},
		{"passes: an example list goes whole", "Sam will follow a 3-step instruction in PE, e.g. run to the cone, touch it and come back", "I will follow a 3-step instruction in PE.", ""},
		{"passes: a quoted list after including goes whole", "Sam will read words from the common exception word list, including 'said', 'the' and 'was'", "I will read words from the tricky word list.", ""},
		{"passes: he who helps is the man named, him the child", "Sam will thank Mr Smith when he helps him", "I will thank Mr Smith when he helps me.", ""},
		{"passes: he who asks is the dad, him the child", "Sam will listen to his dad when he asks him to turn off the Xbox", "I will listen to my dad when he asks me to turn off the Xbox.", ""},
		{"passes: the helper helps the child pack", "Sam will ask his dad to help him pack his bag", "I will ask my dad to help me pack my bag.", ""},
		{"passes: recognising signs is spotting them", "Sam will recognise signs of bullying", "I will spot signs of bullying.", ""},
		{"passes: recognising his own emotions is noticing them", "Sam will recognise his own emotions", "I will notice my own feelings.", ""},
		{"refused: and not after a condition is the target's own not", "Sam will go to his safe space when he is angry and not hit", SafeTarget, `it still says what the child will not do: "not"`},
		{"refused: hitting less", "Sam will worry less about tests", SafeTarget, `it still says what the child will not do: "less about"`},
		{"refused: hurting nobody", "Sam will hurt nobody at playtime", SafeTarget, `it still says what the child will not do: "nobody"`},
		{"refused: a week without a red card", "Sam will go a whole week without a red card", SafeTarget, `it still says what the child will not do: "without a red card"`},
		{"passes: a second setting stays, with its capital", "Sam will not shout out in maths or in English", "I will put my hand up and wait to be asked in maths or in English.", ""},
		{"refused: easily distracted describes him", "Sam is easily distracted by noise", SafeTarget, `"I will be" describes the child; it is not a target`},
		{"refused: what he needs is provision", "Sam needs a quiet space to work", SafeTarget, `"I will need" describes the child; it is not a target`},
		{"refused: a wish to be something", "Sam would like to be a vet when he grows up", SafeTarget, `"I will like" says what the child would like, not what they will do`},
		{"refused: collected by his TA", "Sam will be collected from class by his TA", SafeTarget, `"I will be collected" says what adults will do, not the child`},
		{"passes: instructions that are repeated are theirs", "Sam will follow instructions when they are repeated", "I will follow instructions when they are repeated.", ""},
		{"refused: a staff writer's me", "Sam will come and see me each morning for a check-in", SafeTarget, "it says what an adult will do with the child, not the child"},
		{"refused: a staff instruction with the child's name", "Read with Sam three times a week", SafeTarget, "it says what an adult will do with the child, not the child"},
		{"passes: what staff would like is the target", "Staff would like Sam to ask for help", "I will ask for help.", ""},
		{"passes: an adverb and another after it", "Sam will swim confidently and safely in the deep end", "I will swim safely in the deep end.", ""},
		{"passes: days a week for at least goes whole", "Sam will attend school for at least 4 days a week", "I will attend school.", ""},
		{"passes: approx. is about, and ends no sentence", "Sam will read approx. 10 pages a week", "I will read about 10 pages a week.", ""},
		{"passes: as directed by goes whole", "Sam will wear his splints as directed by his physiotherapist", "I will wear my splints.", ""},
		{"passes: complete silence is silence", "Sam will work in complete silence for 5 minutes", "I will work in silence.", ""},
		{"passes: using after used to is the verb", "Sam will get used to using a locker", "I will get used to using a locker.", ""},
		{"passes: a note after the target goes", "Sam will put his shoes on. He finds this hard.", "I will put my shoes on.", ""},
		{"passes: a note about last term goes", "Sam will share toys. Last term he hit other children.", "I will share toys.", ""},
		{"passes: a visual impairment is sight loss, not a picture", "Sam will tell staff about his visual impairment", "I will tell staff about my sight loss.", ""},
		{"refused: a therapist's visual tracking", "Sam will do his visual tracking exercises", SafeTarget, `a staff phrase is left: "visual tracking"`},
		{"refused: help decreasing is staff's", "Sam will read with decreasing help from an adult", SafeTarget, `a staff phrase is left: "decreasing"`},
		{"refused: a score on a times table check keeps its table", "Sam will score 15/20 on his times table check", SafeTarget, `a staff measure is left: "score 15/20"`},
		{"passes: a child who is they, feeling worried beside an adult", "Sam will tell an adult when they feel worried", "I will tell an adult when I feel worried.", ""},
		{"passes: a friend who is they stays the friend", "Sam will help a friend when they are stuck", "I will help a friend when they are stuck.", ""},
		{"passes: what staff hope for goes", "We would like Sam to read 50 common words", "I will read 50 common words.", ""},
		{"passes: it is hoped that goes", "It is hoped that Sam will join in with singing", "I will join in with singing.", ""},
		{"passes: the child's target is to", "Sam's target is to write his name", "I will write my name.", ""},
		{"passes: the aim is for the child to", "The aim is for Sam to count to 20", "I will count to 20.", ""},
		{"passes: my target is to", "My target is to tie my shoelaces", "I will tie my shoelaces.", ""},
		{"passes: is learning to is the action", "Sam is learning to share toys with his friends", "I will share toys with my friends.", ""},
		{"passes: I am learning to", "I am learning to put my coat on", "I will put my coat on.", ""},
		{"passes: working towards an -ing action", "Sam is working towards writing a sentence with a capital letter", "I will write a sentence with a capital letter.", ""},
		{"passes: working on an -ing action", "Sam is working on taking turns in a small group game", "I will take turns in a small group game.", ""},
		{"passes: continue to", "Sam will continue to use his visual timetable", "I will use my picture timetable.", ""},
		{"passes: continue using", "Sam to continue using his wobble cushion on the carpet", "I will use my wobble cushion on the carpet.", ""},
		{"passes: start using is using", "Sam to start using his word mat in writing", "I will use my word mat in writing.", ""},
		{"passes: has learnt to", "Sam has learnt to zip up his coat", "I will zip up my coat.", ""},
		{"refused: working on a thing", "Sam is working on his times tables", SafeTarget, `"I will be working" says what the child is in the middle of, not what they will do`},
		{"refused: without shouting out is calling out, not upset", "Sam will follow the class rules without shouting out", SafeTarget, `it still says what the child will not do: "without shouting"`},
		{"refused: a negative after a comma is the target's own", "Sam moves from the playground to the classroom when shown his card, without running off", SafeTarget, `it still says what the child will not do: "without running"`},
		{"passes: a unit of a course is a label", "Unit 3 (Managing money): Student to build a monthly budget", "I will build a monthly budget.", ""},
		{"passes: a senior is the child", "Senior to pay her rent on time", "I will pay my rent on time.", ""},
		{"passes: the student hub is a place", "Student to go to the student hub at lunch", "I will go to the student hub at lunch.", ""},
		{"passes: a book bag after own is a thing", "Sam will carry his own book bag to the taxi", "I will carry my own book bag to the taxi.", ""},
		{"passes: uncomfortable is a word children know", "Sam will tell the adult when he is uncomfortable in his chair", "I will tell the adult when I am uncomfortable in my chair.", ""},
		{"passes: a group's name the child knows", "Sam will name his feelings in his anger management group", "I will name my feelings in my anger management group.", ""},
		{"passes: relaxation training in plain words", "Sam will use his relaxation training when he feels anger rising", "I will use my calm-down practice when I get angry.", ""},
		{"passes: verbs a child does at home and at work", "Sam will lay the table and price the cakes for the sale", "I will lay the table and price the cakes for the sale.", ""},
		{"passes: inviting is something a child does", "Sam will invite a friend to play", "I will invite a friend to play.", ""},
		{"passes: the gaps of a sentence starter stay in its quote", "Sam will use the starter 'I think ... because ...' in class", "I will use the starter 'I think… because…' in class.", ""},
		{"passes: a trailing-off ellipsis outside quotes goes", "Sam will read the story... and answer questions", "I will read the story and answer questions.", ""},
		{"passes: an agreed route is the child's own", "Sam will walk the agreed route to the shop", "I will walk my route to the shop.", ""},
		{"refused: an agreed signal says nothing of what it is", "Sam will ask for help with the agreed signal", SafeTarget, `a staff phrase is left: "the agreed"`},
		{"passes: long words readers passed on real targets", "Sam will ask the invigilator when he does not understand an instruction", "I will ask the invigilator when I do not understand an instruction.", ""},
		{"passes: utensils are a child's word in cooking", "Sam will collect his ingredients and utensils", "I will collect my ingredients and utensils.", ""},
		{"passes: not only sets one place against another", "Sam will do a wee in the school toilets, not only at home, at least once a day", "I will do a wee in the school toilets, not only at home.", ""},
		{"passes: one word said in place of another keeps both", "Sam will use 'I' instead of 'me' in role play", "I will use 'I' instead of 'me' in role play.", ""},
		{"passes: a behaviour replaced by a word stays, as all the short action has to say when", "Sam will say 'finished' instead of throwing his work", "I will say 'finished' instead of throwing my work.", ""},
		{"passes: each transition is each change", "Sam will check his timetable at each transition", "I will check my timetable at each change.", ""},
		{"passes: a transition review is the child's review", "Sam will say one thing he enjoys at his transition review", "I will say one thing I enjoy at my review.", ""},
		{"passes: the non-dominant hand is the helper hand", "Sam will hold the page with his non-dominant hand", "I will hold the page with my helper hand.", ""},
		{"refused: pushing in is jumping the queue, not hands", "Sam will line up for assembly without pushing in", SafeTarget, `it still says what the child will not do: "without pushing"`},
		{"passes: hitting out is hitting", "Sam will wait for his turn without hitting out", "I will wait for my turn and keep my hands to myself.", ""},
		{"refused: eye pointing is staff's word", "Sam will show his choice by eye pointing", SafeTarget, `a staff phrase is left: "eye pointing"`},
		{"passes: responding appropriately to instructions is following them", "Sam will respond appropriately to adult instructions the first time they are given", "I will follow adult instructions the first time.", ""},
		{"passes: the child's name in quotes is the name itself", "Sam will answer 'Here, Miss' when the teacher says 'Sam' at register", "I will answer 'Here, Miss' when the teacher says 'Sam' at register.", ""},
		{"refused: things snatched from others are hands on a thing", "Sam will share resources without snatching them from others", SafeTarget, `it still says what the child will not do: "without snatching"`},
		{"passes: pushing or shoving is hands", "Sam will line up without pushing or shoving", "I will line up and keep my hands to myself.", ""},
		{"passes: poking is hands", "Sam will sit next to a peer without poking them", "I will sit next to another child and keep my hands to myself.", ""},
		{"refused: a behaviour not on the lists stays as staff wrote it", "Sam will line up without pushing or cutting in", SafeTarget, `it still says what the child will not do: "without pushing"`},
		{"passes: another child's turn stays theirs", "Sam will sit at the edge of the trampoline while a friend has his turn", "I will sit at the edge of the trampoline while a friend has his turn.", ""},
		{"passes: a friend taking his toy is the child's toy", "When a friend takes his toy, Sam will say 'I'm cross'", "I will say 'I'm cross' when a friend takes my toy.", ""},
		{"passes: correcting a mistake is fixing it", "Sam will correct his spelling mistakes using a word mat", "I will fix my spelling mistakes with a word mat.", ""},
		{"passes: a correct answer is a right one", "Sam will give the correct answer", "I will give the right answer.", ""},
		{"refused: supported to develop keeps the staff verb, not a bare 'be supported'", "Sam will be supported to develop his independence with dressing", SafeTarget, `planpack does not know "develop" as something a child does`},
		{"refused: what adults will do for the child", "Sam will be given a movement break every 20 minutes", SafeTarget, `"I will be given" says what adults will do, not the child`},
		{"refused: being more aware is as unseen as understanding", "Sam will be more aware of other people's personal space", SafeTarget, `"I will be more aware" is not something the child can see themselves do`},
		{"passes: having access to a thing is using it", "Sam to have access to a workstation for independent tasks", "I will use a workstation for tasks on my own.", ""},
		{"passes: to support his understanding is to help him understand", "Sam to use Numicon to support his understanding of place value", "I will use Numicon to help me understand place value.", ""},
		{"passes: attention on a thing is focus on it", "Sam will maintain attention on a story for 5 minutes", "I will focus on a story.", ""},
		{"refused: a time word left without what it was about", "Sam will bring back his signed report from the night before at morning check-in", SafeTarget, `the wording is not finished: "before at"`},
		{"passes: before and after is a time", "Sam will wash his hands before and after lunch", "I will wash my hands before and after lunch.", ""},
		{"passes: a long description of the child goes with the subject", "Y10 student who has gone quiet and withdrawn after a conflict to meet her tutor each week", "I will meet my tutor each week.", ""},
		{"passes: medication is medicine", "Sam will carry his emergency medication in his bag", "I will carry my emergency medicine in my bag.", ""},
		{"refused: a staff -s verb joined to the child's own", "Sam will put his hand up when he knows the answer and wants to speak", SafeTarget, `the verb "wants" is not in the child's own form`},
		{"passes: a second action of the main clause after a when clause", "Sam will tell an adult when he feels cross and go to the calm corner", "I will tell an adult when I feel cross and go to the calm corner.", ""},
		{"refused: a clause cut after its is", "Sam will change into his uniform when PE is", SafeTarget, `the wording is not finished: it ends on "is"`},
		{"passes: a clause of its own may end on is", "Sam will show a visitor where the office is", "I will show a visitor where the office is.", ""},
		{"passes: what the child says in quotes keeps its words", "Sam will say 'I'm using this now' when a friend asks for his toy", "I will say 'I'm using this now' when a friend asks for my toy.", ""},
		{"passes: and/or is or", "Sam will ask for help by raising his hand and/or asking his partner", "I will ask for help by raising my hand or asking my partner.", ""},
		{"passes: to a percentage of accuracy is a staff measure, its to too", "Sam will solve the problems to 80% accuracy", "I will solve the problems.", ""},
		{"passes: a story's setting is a thing, not a verb", "Sam will identify the main character, setting and problem in a story he has read", "I will find the main character, setting and problem in a story I have read.", ""},
		{"refused: nothing inside the quotes", "Sam will say '...' when he is stuck", SafeTarget, "nothing is left inside the quotation marks"},
		{"passes: talk it out stands for nothing, and an argument too long is falling out", "When he has a conflict with a peer, Sam will walk away, talk it out or seek adult help.", "I will walk away, talk it out or ask an adult when I fall out.", ""},
		{"refused: give it a go may be the game the condition names", "When the adult shows a new game, Sam will give it a go.", SafeTarget, `"it" comes before what it stands for once the condition goes last`},
		{"passes: good posture is sitting up tall, feet flat with them flat, the lesson's length goes", "Sam will sit with good posture on his wobble cushion, feet flat, for the duration of the lesson.", "I will sit up tall on my wobble cushion, with my feet flat.", ""},
		{"passes: a non-preferred activity after a preferred one is the next", "Using a first/then board, Sam will move from a preferred activity to a non-preferred activity.", "I will move from a favourite activity to the next activity with a first/then board.", ""},
		{"passes: a speed and then an accuracy is carefully and quickly", "Sam will read a passage at the rate of 80 words per minute while maintaining a 95-percent accuracy in the words read.", "I will read a text carefully and quickly.", ""},
		{"passes: a speed in wpm with an accuracy after it", "Sam will read aloud a Year 3 text at 70 wpm with 95% accuracy.", "I will read aloud a Year 3 text carefully and quickly.", ""},
		{"passes: consonant clusters are blends, and structured tasks are staff's", "Sam will correctly produce consonant clusters in single words in structured tasks.", "I will say blends correctly in single words.", ""},
		{"passes: a year group's spelling list is the child's own", "Sam will learn the spellings on the Year 3 spelling list each week.", "I will learn the spellings on my spelling list each week.", ""},
		{"passes: the medicine in brackets is named, and noticing when it is needed and telling is when I need it and tell", "Sam will manage his medication (inhaler) independently, recognising when it is needed and informing an adult.", "I will use my inhaler by myself when I need it and tell an adult.", ""},
		{"refused: an inhaler in brackets after something else is a note that keeps the child safe", "Sam will use his epipen (inhaler) when needed.", SafeTarget, `a note in brackets says how the child is kept safe ("(inhaler)"); write a Child Target with it`},
		{"passes: a count of incidents after what the child does is staff's", "Sam will keep his hands to himself with no more than 2 incidents of aggression per month at break", "I will keep my hands to myself at break.", ""},
		{"refused: a count of incidents on its own", "Sam will have no more than 2 incidents of aggression per month", SafeTarget, `it counts sanctions or incidents, not what the child will do: "no more than 2 incidents"`},
		{"refused: a share of words spelt is a measure, even after a tool", "Sam will use a spell checker to correctly spell at least 90% of the words", SafeTarget, `a staff measure is left: "90%"`},
		{"passes: the exchanges staff count in a conversation", "Sam will keep a conversation going with a peer for 3-4 exchanges", "I will keep a chat going with another child.", ""},
		{"passes: a condition that sends the child out stands before the return", "When upset, Sam will go to the calm room and come back to class", "I will go to the calm room when I feel upset and come back to class.", ""},
		{"passes: a condition with one action stays at the end", "When upset, Sam will go to the calm corner", "I will go to the calm corner when I feel upset.", ""},
		{"passes: tolerating others playing alongside is letting them play next to the child", "Sam will tolerate peers playing alongside him at the water tray", "I will let other children play next to me at the water tray.", ""},
		{"passes: coins to a pound are coins up to it", "Sam will count coins to £2", "I will count coins up to £2.", ""},
		{"passes: unstructured times listed in brackets are the times listed", "During unstructured times (recess, lunch), Sam will walk calmly", "I will walk calmly during recess and lunch.", ""},
		{"passes: unstructured activities with transitions among them: between lessons", "During unstructured activities (recess, lunch, transitions), Sam will walk calmly", "I will walk calmly at break, lunch and between lessons.", ""},
		{"passes: objects kept to self with hands and feet are things", "Sam will keep hands, feet, and objects to self in the line", "I will keep my hands, feet and things to myself in the line.", ""},
		{"refused: settling after a comma is what the child does next, not how", "Sam will say goodbye to his parent at drop-off calmly, settling with his key person.", SafeTarget, `to be short enough it leaves out "and settle with my key person", a second thing staff asked for`},
		{"passes: a detail of how after a comma may go", "Sam will count the steps with an adult on the way out to the garden, saying one number for each step.", "I will count the steps with an adult on the way out to the garden.", ""},
		{"passes: a listening and attention game is a listening game to play", "Sam will sustain attention in a 1:1 listening and attention game with his key person for 5 minutes.", "I will play a listening game with my key person.", ""},
		{"passes: specific activities named in brackets are said, after each", "Sam will wash his hands after specific activities (toileting, art, etc.) as directed.", "I will wash my hands after I use the toilet and after art.", ""},
		{"passes: regular past tense is -ed words", "Sam will produce regular past tense -ed in sentences when describing a picture.", "I will use -ed words like jumped in sentences when I describe a picture.", ""},
		{"passes: a timed cooperative play activity is playing with others", "During a 10-minute cooperative play session, Sam will initiate a conversation with a peer using a pre-taught script.", "I will start a chat with another child with my script when I play with others.", ""},
		{"passes: counting by numbers listed is counting in steps", "Sam will count by 2, 5 and 10 starting from 0-50 verbally.", "I will count in 2s, 5s and 10s out loud.", ""},
		{"passes: counting by multiples of the first is the numbers said", "Sam will count by 10, 20, 30 on a number line.", "I will count by 10, 20, 30 on a number line.", ""},
		{"passes: a vague outcome is said by its example", "Sam demonstrates the communication skills to arrange a bus pass, e.g. phoning the council with a prepared script.", "I will phone the council with a prepared script.", ""},
		{"passes: writing given a word processor is typing, with what the sentences include", "Given a laptop, Sam will write 3 sentences about a familiar nonfiction topic, including a fact and a closing sentence.", "I will type 3 sentences about a topic I know, with a fact and an ending.", ""},
		{"passes: when offered a choice is how a child is asked", "Sam will point to one of 2 toys when offered a choice at playtime.", "I will point to one of 2 toys when offered a choice at playtime.", ""},
		{"passes: a checklist holds what a label in brackets spells out", "Sam will use a checklist to self-edit written work for CUPS (capitals, understanding, punctuation, spelling) before submission.", "I will use a checklist to check my written work before I hand it in.", ""},
		{"passes: a specified period of time is staff's", "Sam will sustain attention and focus on a task for a specified period of time, and minimise distractions.", "I will focus on a task and keep away from distractions.", ""},
		{"passes: idioms and sarcasm explained are sayings and jokes", "Sam will interpret non-literal language (idioms, sarcasm) in texts and conversation, explaining the intended meaning.", "I will explain what sayings and jokes really mean when I read and talk.", ""},
		{"refused: explaining a meaning after a comma is still wanted", "Sam will explain his answer to the class, explaining the meaning of each word.", SafeTarget, `it leaves out "explaining the meaning of each word", which the target asks the child to do`},
		{"refused: an outcome's example is not used where it would lose where", "Sam will demonstrate safety awareness in the kitchen, e.g. using oven gloves.", SafeTarget, `a long word a young reader may not know is left: "awareness"`},
		{"passes: few fluency failures is smooth speech", "Sam will produce fluent speech with fewer than 5% stuttered syllables in class discussions.", "I will use my smooth speech when I talk in class discussions.", ""},
		{"passes: a longer mean length of utterance is more words put together", "Sam will increase his MLU to 3 words in play.", "I will put more words together when I talk.", ""},
		{"passes: letter-sounds a minute on nonsense words are made-up words sounded out", "Given nonsense words, Sam will read 30 correct letter sounds per minute.", "I will sound out made-up words quickly.", ""},
		{"refused: letter-sounds a minute alone are staff's measure", "Sam will read 30 correct letter sounds per minute.", SafeTarget, `a staff measure is left: "per"`},
		{"passes: a reading age raised is reading practised", "Sam will increase his reading age by 12 months.", "I will practise my reading to help me read better.", ""},
		{"refused: a reading age whose is not said", "Sam will increase reading age by 12 months.", SafeTarget, `planpack does not know "increase" as something a child does`},
		{"passes: a weekly session's strategies are what the child learns there", "Sam will attend his weekly nurture session and use one of the strategies taught when he feels angry.", "I will go to nurture and use what I learn there when I feel angry.", ""},
		{"passes: a two-foot take-off is jumping off two feet", "Sam will use a two-foot take-off with a vertical jump of at least 5 cm.", "I will jump up off two feet.", ""},
		{"passes: an agreed signal that is a card on the desk", "Sam will ask for help using the agreed signal (green card on the desk).", "I will ask for help by putting my green card on my desk.", ""},
		{"refused: better with nothing to compare", "Sam will manage his worries better.", SafeTarget, `"better" is not something the child can see themselves do`},
		{"refused: a quotation split at its full stops", "Sam will read the sign 'Stop. Look. Listen.' at the crossing", SafeTarget, "the words in quotation marks are broken up"},
		{"passes: two quotations whole", "Sam will say 'my turn' and 'your turn' in a game", "I will say 'my turn' and 'your turn' in a game.", ""},
		{"passes: by myself goes after who the child is with", "Sam will independently initiate greetings with peers", "I will start greetings with other children without an adult helping.", ""},
		{"passes: communicating his needs to someone is telling them what he needs", "Sam will communicate his needs to unfamiliar adults in the community", "I will tell new adults what I need in the community.", ""},
		{"passes: seeking help is asking for it", "Sam will seek help from a trusted adult if he feels unsafe", "I will ask for help from a trusted adult if I feel unsafe.", ""},
		{"passes: instructions given are things, and responding to them is following them", "Sam will respond to instructions the first time they are given", "I will follow instructions the first time.", ""},
		{"passes: they for things something is done to stays", "Sam will follow instructions when they are given to the class", "I will follow instructions when they are given to the class.", ""},
		{"refused: letters sitting on the line are not the child sitting", "Sam will form letters correctly, sitting on the line", SafeTarget, `the wording is not finished: "sitting"`},
		{"passes: 4 times out of 5 is staff's measure and goes", "Sam will catch a large ball thrown from 2 metres, 4 times out of 5", "I will catch a big ball thrown from 2 metres.", ""},
		{"passes: a she just after a woman is hers", "Sam will thank the dinner lady when she gives him his lunch", "I will thank the dinner lady when she gives me my lunch.", ""},
		{"passes: helping her brother is helping my brother", "Sam will help her brother when he is stuck", "I will help my brother when he is stuck.", ""},
		{"passes: environments are places", "Sam will use his ear defenders in noisy environments", "I will use my ear defenders in noisy places.", ""},
		{"refused: oral input is staff's phrase", "Sam will use his chewy when he needs oral input", SafeTarget, `a staff phrase is left: "oral input"`},
		{"refused: impacts is staff's word", "Sam will describe how his hearing loss impacts him in class", SafeTarget, `a word a child may not read is left: "impacts"`},
		{"passes: on 4 days each week is staff's count and goes", "Sam will stay in school for the whole day on 4 days each week", "I will stay in school for the whole day.", ""},
		{"passes: extending sentences is writing longer ones", "Sam will extend his sentences using conjunctions such as and, but and because", "I will write longer sentences with joining words like and, but and because.", ""},
		{"passes: their after things is the things'", "Sam will name 2D and 3D shapes and describe their properties", "I will name 2D and 3D shapes and describe their properties.", ""},
		{"passes: their parts are the words'", "Sam will break longer words into their prefix, root and suffix", "I will break longer words into their prefix, root and suffix.", ""},
		{"passes: their colour is the shapes'", "Sam will sort the shapes by their colour", "I will sort the shapes by their colour.", ""},
		{"passes: their after the child's own things is still the child's", "The pupil will put their books in their tray", "I will put my books in my tray.", ""},
		{"refused: adult-directed is staff's word", "Sam will use a 'now and next' board to complete an adult-directed task", SafeTarget, `a word a child may not read is left: "adult-directed"`},
		{"passes: without getting upset is calmly", "Sam will lose a game without getting upset", "I will lose a game calmly.", ""},
		{"passes: apologising is saying sorry", "Sam will apologise when he has hurt someone", "I will say sorry when I have hurt someone.", ""},
		{"passes: a time phrase goes only where it ends", "Sam will answer the questions at the end of each Fresh Start story, pointing to the words in the text", "I will answer the questions at the end of each Fresh Start story.", ""},
		{"passes: a peer mentor is a buddy", "Sam will meet his peer mentor at lunchtime", "I will meet my buddy at lunchtime.", ""},
		{"passes: staying regulated is staying calm", "Sam will use his toolbox to stay regulated", "I will use my toolbox to stay calm.", ""},
		{"refused: a second verb left as staff's -ing", "Sam will open and closing the scissors", SafeTarget, `the wording is not finished: "and closing"`},
		{"passes: a frame with no comma", "During carpet time Sam will sit on his spot", "I will sit on my spot at carpet time.", ""},
		{"passes: a setup frame goes", "When presented with 10 counters, Sam will count to 10", "I will count to 10.", ""},
		{"refused: a setup frame held what them is", "When presented with 10 counters, Sam will count them", SafeTarget, `"count them" does not say what them is`},
		{"passes: a purpose for staff goes", "Sam will walk on an uneven surface to improve dynamic balance", "I will walk on bumpy ground.", ""},
		{"passes: a short detail after a comma", "Sam will walk in the corridor, staying behind the line leader", "I will walk in the corridor and stay behind the line leader.", ""},
		{"passes: a staff-only detail after a comma goes", "Sam will bring the right equipment to lessons, checked at the door", "I will bring the right equipment to lessons.", ""},
		{"passes: the child's own things", "Sam will hang up coat and bag on arrival", "I will hang up my coat and bag on arrival.", ""},
		{"passes: abbreviations a young person knows", "Sam will book his GP appointment on the NHS app and show his ID card", "I will book my GP appointment on the NHS app and show my ID card.", ""},
		{"passes: the child's own 1:1 session is their session", "Sam will read to the TA in his 1:1 reading session", "I will read to the TA in my reading session.", ""},
		{"refused: 1:1 as staff write it", "Sam will play a 1:1 listening game", SafeTarget, `a word a child may not read is left: "1:1"`},
		{"passes: the child's own will inside what they do", "Learner to plan how she will use her extra time in the exam", "I will plan how I will use my extra time in the exam.", ""},
		{"refused: someone else's will", "Sam will ask the teacher what she will do next", SafeTarget, `a second "will" is left`},
		{"passes: already before the child's verb", "Sam will tell his TA 2 things he already knows", "I will tell my TA 2 things I already know.", ""},
		{"passes: long words a child knows", "Sam will go on the Y8 residential trip and write about his science experiment", "I will go on the Y8 residential trip and write about my science experiment.", ""},
		{"passes: an emergency kit and the cafeteria", "Sam will carry his emergency kit to the cafeteria", "I will carry my emergency kit to the cafeteria.", ""},
		{"passes: the accessible toilet is the name on the door", "Sam will go to the accessible toilet at break", "I will go to the accessible toilet at break.", ""},
		{"passes: by myself beside another child", "Sam will play with one other child independently", "I will play with one other child without an adult helping.", ""},
		{"passes: friends in a later part leave by myself alone", "Sam will get dressed by himself, so he can catch the bus with his friends", "I will get dressed by myself, so I can catch the bus with my friends.", ""},
		{"passes: what the child says is not a negative", "Sam will say 'stop, I don't like it' when a friend annoys him", "I will say 'stop, I don't like it' when a friend annoys me.", ""},
		{"passes: interrupting while others speak", "Sam will not interrupt adults when they are speaking", "I will wait for my turn to speak.", ""},
		{"passes: making noises, with where", "Sam is to stop making noises during silent reading", "I will work quietly during silent reading.", ""},
		{"passes: or fewer reminders is a count the child aims for", "Sam will finish his work with 3 or fewer prompts", "I will finish my work with 3 or fewer reminders.", ""},
		{"passes: a long sentence loses its reminder count", "Sam will complete 10 minutes of independent work in maths with 3 or fewer prompts", "I will finish 10 minutes of work on my own in maths.", ""},
		{"passes: what the child shows is staff's, what it does is the child's", "Sam will demonstrate improved trunk stability by holding a plank in PE", "I will hold a plank in PE.", ""},
		{"passes: a frame of two parts before the name", "In maths lessons, when he is stuck, Sam will use the 3 B4 ME strategy", "I will use the 3 B4 ME way in maths lessons, when I am stuck.", ""},
		{"passes: a number range and a times-a-week", "Sam will count objects 1-20 3x weekly", "I will count objects 1 to 20 3 times a week.", ""},
		{"passes: times in times-table is no count", "Answers mixed times-table questions in 5 minutes", "I will answer mixed times-table questions in 5 minutes.", ""},
		{"refused: a score out of a number is staff's", "Answers 18 of 20 mixed times-table questions", SafeTarget, `a staff measure is left: "18 of 20"`},
		{"passes: a 3-box planner is no 3x", "Plan an answer with a 3-box planner before writing", "I will plan an answer with a 3-box planner before I write.", ""},
		{"passes: a quoted example keeps its closing quote", `Uses a 3-word phrase such as "more apple please" on 4 out of 5 days`, `I will use a 3-word phrase like "more apple please".`, ""},
		{"passes: a count of assemblies is how often staff saw it", "Stays for 15 minutes in 4 out of 5 assemblies", "I will stay for 15 minutes.", ""},
		{"passes: pieces of work running", "Writes 3 sentences with capitals and full stops in 3 pieces of work running", "I will write 3 sentences with capitals and full stops.", ""},
		{"passes: a and an agree with the word after", "Sam will follow a simple instruction and an short list", "I will follow an instruction and a short list.", ""},
		{"passes: a deadline with its year comes off", "Sam will use 10 new words in class by July 2026", "I will use new words in class.", ""},
		{"passes: a lettered list reads without its letters", "Sam will find the A) red, B) blue and C) green cubes", "I will find the red, blue and green cubes.", ""},
		{"passes: a quoted sound is no open quotation", "Sam will make a clear 's' sound in words", "I will make a clear 's' sound in words.", ""},
		{"refused: staff shorthand in capitals", "Sam will bring his PLP to lessons", SafeTarget, `an abbreviation a child may not read is left: "PLP"`},
		{"passes: how many words a child uses is staff's count", "Sam will use 50 single words spontaneously", "I will use single words without being asked.", ""},
		{"passes: a set of words to learn keeps its number", "Sam will read 20 common words", "I will read 20 common words.", ""},
		{"passes: a joined -s verb with its object is the child's", "Sam will rate his worry on the scale and uses a calming strategy", "I will rate my worry on the scale and use a way to calm down.", ""},
		{"passes: joined -s words without an object are things", "Sam will learn sounds and rhymes", "I will learn sounds and rhymes.", ""},
		{"passes: a glossary verb's -s form after a number is a thing", "Sam will swap 3 exchanges of news with a friend", "I will swap 3 exchanges of news with a friend.", ""},
		{"passes: what the child improves is staff's, how is the child's", "Sam will improve his handwriting by writing on the line", "I will write on the line.", ""},
		{"passes: joined actions after an outcome take the base form", "Sam will increase engagement with other children by turning their body towards them and responding to greetings", "I will turn my body towards them and reply to greetings.", ""},
		{"refused: a place joined to a manner", "Sam will improve handwriting by writing on the line and with a finger space between words", SafeTarget, `two unlike parts are joined by "and with"`},
		{"passes: a slash between words is or", "Sam will use a reading ruler/coloured overlay when reading", "I will use my reading ruler or coloured overlay when I read.", ""},
		{"passes: a first/then board keeps its name", "Sam will use his first/then board", "I will use my first/then board.", ""},
		{"passes: no support after a comma is by myself", "Walks up and down stairs, one foot on each step, no support", "I will walk up and down stairs, one foot on each step, by myself.", ""},
		{"passes: where staff find it in a scheme goes", "Sam will blend CVC words from Unit 2 of the Sounds-Write programme", "I will blend short words.", ""},
		{"passes: until appropriate is until the right time", "Sam will hold on until appropriate", "I will hold on until the right time.", ""},
		{"passes: familiar staff are adults the child knows", "Sam will answer questions from familiar staff", "I will answer questions from adults I know.", ""},
		{"passes: inform is tell", "Sam will inform an adult when his hearing aid is not working", "I will tell an adult when my hearing aid is not working.", ""},
		{"passes: help given says no more than help", "Sam will pay for an item with minimal support given", "I will pay for an item with a little help.", ""},
		{"refused: have got is staff's outcome", "Sam will have gained confidence", SafeTarget, `the wording is not finished: "have felt"`},
		{"refused: the body's insides are no child's words", "Sam will control bladder movements", SafeTarget, `a word a child may not read is left: "bladder"`},
		{"passes: an example between commas goes alone in a long sentence", "Sam will give short answers, such as nodding or shaking his head, to questions from familiar staff", "I will give short answers to questions from adults I know.", ""},
		{"passes: a non-verbal prompt is a signal", "Sam will put his pen down after a non-verbal prompt from his teacher", "I will put my pen down after a signal from my teacher.", ""},
		{"refused: non-verbal is staff's word, and not silent", "Sam will answer with a non-verbal response", SafeTarget, `a word a child may not read is left: "non-verbal"`},
		{"refused: sensory input is staff's reason", "Sam will use his chewy tube when he needs sensory input", SafeTarget, `a staff phrase is left: "sensory input"`},
		{"refused: word finding is a therapist's name", "Pupil to sort vocabulary into categories to help word finding", SafeTarget, `a staff phrase is left: "word finding"`},
		{"refused: a reduced timetable is staff's arrangement", "Sam to attend school on a reduced timetable", SafeTarget, `a staff phrase is left: "reduced timetable"`},
		{"refused: a real-life situation is staff's setting", "Sam will exchange money for an item in a real-life situation", SafeTarget, `a staff phrase is left: "real-life situation"`},
		{"refused: eye gaze is a therapist's word", "Gain partner's attention before communicating, using gesture, eye gaze or movement", SafeTarget, `a staff phrase is left: "eye gaze"`},
		{"refused: postural care is staff's", "Sam will explain his postural care to new staff", SafeTarget, `a staff phrase is left: "postural care"`},
		{"refused: the things of a list that is gone", "When given up to 10 objects, Sam will count and move the items independently", SafeTarget, `what "the things" are is left out`},
		{"refused: one thing to do what with", "Sam will watch the recording of his mock interview and pick one thing to improve, e.g. looking up", SafeTarget, `the wording is not finished: "pick one thing"`},
		{"refused: better than what", "Sam to manage his worries better", SafeTarget, `"better" is not something the child can see themselves do`},
		{"refused: trying is not doing", "Attempt to take greater risks in trying new activities", SafeTarget, `"I will try to" says the child will try, not what they will do`},
		{"passes: the adult the condition names again is they", "When an adult says his name, Sam will stop and look at the adult", "I will stop and look at the adult when they say my name.", ""},
		{"refused: the same adult named twice", "Sam will go to the adult when an adult waves", SafeTarget, "an adult is named twice, so it is not clear who is meant"},
		{"passes: not without telling is telling first", "Sam will refrain from leaving college site during the day without informing reception.", "I will tell reception before I leave the college site during the day.", ""},
		{"passes: not without asking is asking first", "Sam will not go on the computer without asking.", "I will ask before I go on the computer.", ""},
		{"passes: not hitting without a reason is still hitting", "Amy will not hit others without a reason.", "I will keep my hands and feet to myself.", ""},
		{"passes: without arguing is how the child accepts", "Sam will accept a sanction from staff without arguing.", "I will accept a sanction from staff without arguing.", ""},
		{"refused: without arguing about anything else", "Sam will put his coat on without arguing.", SafeTarget, `it still says what the child will not do: "without arguing"`},
		{"passes: striking another student is keeping hands to myself", "Sam will sit next to peers without striking another student.", "I will sit next to other children and keep my hands to myself.", ""},
		{"passes: a short sentence that keeps its count", "By the end of the first trimester of the IEP cycle, Student will follow related 3-step directions in a structured setting on at least 4 of 5 attempts with one repetition as needed.", "I will follow 3-step instructions.", ""},
		{"refused: a short sentence that lost what it is about", "Given a written assignment and the corresponding materials, Sam will begin the first step (e.g., writing name, reading directions) within 60 seconds of the direction being given, in 4 out of 5 trials.", SafeTarget, "only 4 words are left of a 34-word target; check it still says what the target is about"},
		{"passes: understanding how much to use is using that much", "The student will demonstrate an understanding of the appropriate amount of soap to use when washing their hands in 4 out of 5 opportunities.", "I will use the right amount of soap when I wash my hands.", ""},
		{"passes: a count of daily sightings after a comma goes", "Sam will stand in line during class transitions with hands at his sides, 6 of 8 daily transitions.", "I will stand in line during class changes with my hands at my sides.", ""},
		{"passes: on time and dressed", "To arrive at work placement on time and appropriately dressed, as recorded by the placement supervisor.", "I will arrive at work placement on time and dressed in the right clothes.", ""},
		{"passes: swiping is something a child does", "Sam swipes his card to open the library door.", "I will swipe my card to open the library door.", ""},
		{"passes: clocking in is something a child does", "Sam will clock in at the staff door.", "I will clock in at the staff door.", ""},
		{"passes: experiencing anxiety is feeling worried", "When experiencing anxiety, Sam will use his card.", "I will use my card when I feel worried.", ""},
		{"passes: a way in brackets is what the child does", "Sam will use a problem-solving strategy (walk away, take deep breaths, ask for help) when he is angry.", "I will walk away, take deep breaths or ask for help when I am angry.", ""},
		{"passes: a snack item is a snack, and asking for it from an adult is asking an adult for it (a word fewer)", "Child will exchange a picture card to request a snack item from an adult at snack time.", "I will give a picture card to ask an adult for a snack at snack time.", ""},
		{"passes: responsibility taken by a restorative talk is the talk", "To take responsibility for own behaviour by completing a restorative conversation after any incident.", "I will have a talk to put things right after a problem.", ""},
		{"passes: key words in an instruction are its important words", "Sam will follow instructions containing 3 key words.", "I will follow instructions with 3 important words.", ""},
		{"passes: a small group is a group in a sentence too long", "Student will write three complete sentences using the 5W's (who, what, where, when, why) in a small group setting.", "I will write three full sentences with who, what, where, when and why in a group.", ""},
		{"passes: conflict resolved is arguments sorted out", "Sam will resolve conflict with peers calmly.", "I will sort out arguments with other children calmly.", ""},
		{"refused: a text measured in lines is staff's", "Given a model on the board, Sam will copy 4-line text accurately.", SafeTarget, `a staff phrase is left: "4-line text"`},
		{"refused: the instruction with nothing to say which", "When asked by an adult in class, Sam will comply with the instruction within 10 seconds.", SafeTarget, `which instruction is meant is left out: "the instruction"`},
		{"passes: the instruction on the card says which", "Sam will follow the instruction on his task card.", "I will follow the instruction on my task card.", ""},
		{"refused: citing evidence is the reading skill the target is for", "Given sentence starters, Sam will answer inference questions about a text, citing evidence, with 75% accuracy.", SafeTarget, `it leaves out "citing evidence", which the target asks the child to do`},
		{"refused: telling staff goes with a noticing tail", "Sam will use his inhaler, noticing when he is wheezy and telling staff.", SafeTarget, `it leaves out "telling staff", which the target asks the child to do`},
		{"passes: noticing when it is needed and telling staff is when I need it and tell staff", "Sam will use his inhaler, noticing when it is needed and telling staff.", "I will use my inhaler when I need it and tell staff.", ""},
		{"passes: an informing tail on its own is the child's telling", "Sam will tidy his desk, informing staff when he has finished.", "I will tidy my desk and tell staff when I have finished.", ""},
		{"refused: explaining the meaning is what the target asks, not its count", "To interpret non-literal language in a text, explaining the intended meaning in 3 out of 4 examples.", SafeTarget, `it leaves out "explaining the intended meaning", which the target asks the child to do`},
		{"refused: a way in brackets with a count keeps its label", "Sam will use a problem-solving strategy (walk away, count to 10, ask for help) when he is angry.", SafeTarget, `"problem-solving way" does not say what the way is for`},
		{"refused: things in brackets used with are not company", "Pupil to express own wishes and feelings using the agreed strategies (feelings cards, morning check-in).", SafeTarget, `a staff phrase is left: "the agreed"`},
		{"refused: a choice of two is how staff set it up", "Sam will pick up the instrument the leader names from a choice of two", SafeTarget, `a staff phrase is left: "from a choice of"`},
		{"passes: a quoted word ending in s closes its quote", "Sam will sign 'yes' or 'no' with Makaton", "I will sign 'yes' or 'no' with Makaton.", ""},
		{"passes: a plural possessive is not a quote", "Sam will hand out the pupils' books", "I will hand out the pupils' books.", ""},
		{"refused: a sequence named as a thing is staff's word", "Sam will retell a story in a 4-sentence sequence", SafeTarget, `a word a child may not read is left: "sequence"`},
		{"refused: notation is a music teacher's word", "Sam will read a rhythm from notation cards and clap it back", SafeTarget, `a word a child may not read is left: "notation"`},
		{"refused: how staff show it", "Child to follow an instruction broken into steps, shown with a now and next board", SafeTarget, `a staff phrase is left: "shown with"`},
		{"refused: offered what, by whom", "Sam will run errands for his teacher when offered", SafeTarget, `a staff phrase is left: "when offered"`},
		{"refused: named by whom", "Sam will point to an object when named by an adult", SafeTarget, `a staff phrase is left: "when named by"`},
		{"passes: an example and a count after it go together", "Sam will initiate interaction with customers on his work placement, e.g. asking a customer if they need help, on 3 shifts per week", "I will start talking with customers on my work placement.", ""},
		{"passes: bare hands are the child's own", "Sam will wash hands before lunch", "I will wash my hands before lunch.", ""},
		{"passes: shaking hands is no one's own", "Sam will shake hands with a visitor", "I will shake hands with a visitor.", ""},
		{"passes: own is my own", "Sam will brush own hair and teeth", "I will brush my own hair and teeth.", ""},
		{"passes: by myself says it, so my own is my", "To brush own hair and teeth independently", "I will brush my hair and teeth by myself.", ""},
		{"passes: to self is to myself", "Sam will keep hands and feet to self", "I will keep my hands and feet to myself.", ""},
		{"passes: he and she are the words themselves", "To use he and she correctly when describing pictures", `I will use "he" and "she" correctly when I describe pictures.`, ""},
		{"refused: her and him after help are people", "Sam will help her and him tidy up", SafeTarget, `"her" may mean the child`},
		{"passes: managing is how staff see the doing", "Manage washing and drying hands", "I will wash and dry my hands.", ""},
		{"passes: understanding and using is the using", "Sam will understand and use position words such as under and behind", "I will use position words like under and behind.", ""},
		{"passes: understanding something and following it is the following", "Sam will understand the fire drill instructions and follow them", "I will follow the fire drill instructions.", ""},
		{"passes: understanding and sorting is the sorting", "Sam understands his timetable cards and sorts them each morning", "I will sort my timetable cards each morning.", ""},
		{"refused: understanding with nothing done to it", "Sam will understand the rules of the game and why they matter", SafeTarget, `"I will understand" is not something the child can see themselves do`},
		{"passes: what the child understands is staff's, how it shows is the child's", "Sam will understand personal space by standing an arm's length away from peers in the lunch queue", "I will stand an arm's length away from other children in the lunch queue.", ""},
		{"refused: understanding is nothing the child sees done", "Sam will understand sarcasm and idioms", SafeTarget, `"I will understand" is not something the child can see themselves do`},
		{"refused: more confidence is nothing the child sees done", "Sam will have more confidence in class", SafeTarget, `"I will have more" is not something the child can see themselves do`},
		{"passes: a long sentence loses how often first", "Sam will make flashcards for each topic and test himself on them twice a week before his mocks", "I will make flashcards for each topic and test myself on them before my mocks.", ""},
		{"passes: a long sentence loses when in the day", "Sam will play a board game with a partner and take turns and follow the rules during wet play times", "I will play a board game with a partner and take turns and follow the rules.", ""},
		{"passes: a long sentence loses what it is done with", "Sam will find 10 more and 10 less than any 2-digit number with a hundred square", "I will find 10 more and 10 less than any 2-digit number.", ""},
		{"passes: one at a time is no time of day", "Sam will post 5 coins into the money box one at a time with a pincer grip", "I will post 5 coins into the money box one at a time.", ""},
		{"refused: without what it is done with, too much is lost", "Sam will read, write and order numbers to 100 in digits and in words without a 100 square", SafeTarget, "it is 18 words long, over 16 for a young reader"},
		{"refused: on time is no setting", "Sam will use a phone calendar to plan his coursework deadlines and hand in his assignments on time", SafeTarget, "it is 18 words long, over 16 for a young reader"},
		{"passes: without a slip is how the child does it", "Sam will walk up and down the stairs in school without holding on", "I will walk up and down the stairs in school without holding on.", ""},
		{"refused: without the behaviour the target is against", "Sam will wait in the lunch queue without barging", SafeTarget, `it still says what the child will not do: "without barging"`},
		{"passes: a kind of learner and what staff say of them", "Y11 student working at Entry Level 2 will weigh ingredients on the scales", "I will weigh ingredients on the scales.", ""},
		{"passes: an adult learner is the child", "Adult learner will use his symbol shopping list", "I will use my symbol shopping list.", ""},
		{"passes: a heading before a young adult", "Functional maths: young adult will use a debit card to pay for things", "I will use a debit card to pay for things.", ""},
		{"passes: a template's blanks", "By [date], [student's name] will label three of his feelings", "I will label three of my feelings.", ""},
		{"passes: what staff give goes", "Sam will count the objects when given up to 10 objects and say how many there are", "I will count the objects and say how many there are.", ""},
		{"passes: consecutive minutes are a duration", "Sam will stay on task for at least 15 consecutive minutes", "I will stay on task.", ""},
		{"passes: a long sentence loses how it is done, tacked on with an -ing word", "Sam will count out the right coins to pay for things up to £5, checking his change", "I will count out the right coins to pay for things up to £5.", ""},
		{"refused: a long sentence would lose a second action staff joined with and", "Sam will count out the right coins to pay for things up to £5 and check his change", SafeTarget, `to be short enough it leaves out "and check my change", a second thing staff asked for`},
		{"refused: the second action may be the point", "Sam needs to write one worry from the day in his worry diary and show his class teacher at home time", SafeTarget, `to be short enough it leaves out "and show my class teacher at home time", a second thing staff asked for`},
		{"refused: a second action with its own condition stays", "Sam will stop and think about what happened and ask an adult for help when he feels angry in class", SafeTarget, "it is 20 words long, over 16 for a young reader"},
		{"passes: a list staff leave without its and gets one", "Sam will stand up, push his chair in, walk to the door", "I will stand up, push my chair in and walk to the door.", ""},
		{"passes: a list of notes gets its and", "Sam will find the A) £5 note, B) £10 note, C) £20 note", "I will find the £5 note, £10 note and £20 note.", ""},
		{"passes: identifying which is working it out", "Sam will identify which zone he is in when asked by the teacher", "I will work out which zone I am in when I am asked by the teacher.", ""},
		{"passes: identifying a thing is finding it", "Sam will identify the £5 note", "I will find the £5 note.", ""},
		{"passes: at least fortnightly is every two weeks", "Sam will meet a friend outside school at least fortnightly", "I will meet a friend outside school every two weeks.", ""},
		{"refused: how often at least is staff's count", "Sam will meet a friend outside school at least monthly", SafeTarget, `a staff measure is left: "at least monthly"`},
		{"passes: at least one idea is the child's aim", "Sam will share at least one idea in group work", "I will share at least one idea in group work.", ""},
		{"passes: a not in a clause about someone else", "Sam will tell an adult about anyone he has not met", "I will tell an adult about anyone I have not met.", ""},
		{"passes: don't in a clause about the things", "Sam will tell an adult the foods he doesn't like", "I will tell an adult the foods I don't like.", ""},
		{"refused: making sure I don't is still the target's own", "Sam will make sure he doesn't shout out", SafeTarget, `it still says what the child will not do: "don't"`},
		{"passes: handing after a comma is the child's next action", "Sam will wait for his turn on the iPad, handing it over", "I will wait for my turn on the iPad and hand it over.", ""},
		{"passes: as practised in a group goes", "Sam will greet staff using a friendly voice, as practised in the Talkabout group", "I will greet staff with a friendly voice.", ""},
		{"passes: topping up is something a child does", "Sam will top up his bus pass at the machine", "I will top up my bus pass at the machine.", ""},
		{"passes: during after a comma is no participle", "Sam will bounce and land on his seat, during Rebound Therapy", "I will bounce and land on my seat, during Rebound Therapy.", ""},
		{"passes: a negative inside a when clause is no negative target", "Sam will tell his teacher when he cannot hear and use the transcript instead", "I will tell my teacher when I can't hear and use the transcript instead.", ""},
		{"passes: the route I have practised is finished", "Sam will collect his box using the route he has practised", "I will collect my box with the route I have practised.", ""},
		{"refused: another child's name before will be able to", "Marcus will be able to ask his friends if he can play", SafeTarget, `planpack does not know "marcus" as something a child does`},
		{"refused: and no looking is what the child will not do", "Sam will type the sentence and no looking at the keyboard", SafeTarget, `it still says what the child will not do: "and no looking"`},
		{"passes: a measure's seen left at the end goes", "Sam will use commas in a list, seen", "I will use commas in a list.", ""},
		{"refused: easy onset is a therapist's word", "Sam will say his line with easy onset", SafeTarget, `a word a child may not read is left: "onset"`},
		{"passes: what the adult does goes, quote and all", "Sam will start the task, with the adult using 'I wonder if...' language", "I will start the task.", ""},
		{"passes: a measure's heard left at the end goes", "Sam will name the toy with a word or sign, heard", "I will name the toy with a word or sign.", ""},
		{"refused: clauses are a grammar lesson's word", "Sam will join two clauses with 'because'", SafeTarget, `a word a child may not read is left: "clauses"`},
		{"refused: a pincer grip is a therapist's word", "Sam will thread pasta onto a lace with a pincer grip", SafeTarget, `a word a child may not read is left: "pincer"`},
		{"refused: a staff timetable's week", "Sam will stay for afternoon lessons from week 5", SafeTarget, `a staff measure is left: "from week 5"`},
		{"refused: a programme's symbol", "Sam will put the house numbers on the street, in 1stClass @ Number", SafeTarget, "a symbol a child may not read is left"},
		{"refused: a grounding activity is staff's", "Sam will choose a grounding activity and return to class", SafeTarget, `a word a child may not read is left: "grounding"`},
		{"passes: verbs a young worker does", "Sam will restock the shelves and save his work", "I will restock the shelves and save my work.", ""},
		{"refused: staff's slash between two things", "Sam will use 'my turn / your turn' cards in a game", SafeTarget, `a slash is left between words: "turn / your"`},
		{"passes: a sound between slashes", "Sam will say the /s/ sound at the start of words", "I will say the /s/ sound at the start of words.", ""},
		{"refused: a sentence cut off after as", "Sam will greet staff at reception with the right volume, as", SafeTarget, `the wording is not finished: it ends on "as"`},
		{"refused: another pupil is not the child", "Another pupil will help Sam", SafeTarget, `planpack does not know "another" as something a child does`},
		{"passes: a pathway named before the pupil", "Blue Pathway pupil to press the switch to turn on the blender", "I will press the switch to turn on the blender.", ""},
		{"passes: an upper sixth student", "U6 student to visit the exam room the day before each mock", "I will visit the exam room the day before each mock.", ""},
		{"passes: hand straight after I will is the child's action", "Sam will hand the GP his health passport", "I will hand the GP my health passport.", ""},
		{"passes: a quoted question ends the sentence", "Sam will use his words to ask a friend 'Can I have a go please?'", "I will use my words to ask a friend 'Can I have a go please?'", ""},
		{"passes: showing a doing is the doing", "Sam demonstrates waiting for his turn in the dinner line", "I will wait for my turn in the dinner line.", ""},
		{"passes: a joined -s verb the list did not know", "Sam plans and buys the ingredients for a meal", "I will plan and buy the ingredients for a meal.", ""},
		{"passes: his back is the child's back", "Sam rolls from his back onto his side on the mat", "I will roll from my back onto my side on the mat.", ""},
		{"passes: where staff see it goes", "Sam arrives at registration on time, as shown in the attendance register", "I will arrive at registration on time.", ""},
		{"passes: a review as a deadline goes", "Sam moves up two book bands by the Easter review", "I will move up two book bands.", ""},
		{"passes: a numbered term as a deadline goes", "Sam reaches his target in spelling by the end of Term 2", "I will reach my target in spelling.", ""},
		{"passes: a timing in under goes", "Sam will button and unbutton 3 large buttons on his coat in under 2 minutes", "I will button and unbutton 3 big buttons on my coat.", ""},
		{"refused: asking for nothing", "Sam will use 3-word phrases to request during play", SafeTarget, `the wording is not finished: "ask for during"`},
		{"refused: a half-inch line is staff's measure", "Sam will copy 7 short words on half inch lined paper", SafeTarget, `a staff measure is left: "half inch"`},
		{"passes: expressing frustration is saying so", "Sam will express frustration and request a break", "I will say I feel cross and ask for a break.", ""},
		{"passes: staff listening in goes", "Sam makes a doctor's appointment by phone, with staff listening in", "I will make a doctor's appointment by phone.", ""},
		{"refused: what staff taught it in, not named", "Sam uses the breathing taught in class when he feels cross", SafeTarget, `an adult's way of naming what the child uses is left: "taught in"`},
		{"refused: a given day is staff's", "Sam will name the day that comes before and after a given day", SafeTarget, `an adult's way of naming what the child uses is left: "a given day"`},
		{"passes: the agreed card is the child's own", "Sam will use the agreed exit card when he feels upset", "I will use my exit card when I feel upset.", ""},
		{"refused: the agreed times are staff's", "Sam will finish his activities at the agreed times", SafeTarget, `a staff phrase is left: "the agreed"`},
		{"passes: as per a plan is where staff find it", "Sam will use his walking frame to get to the hall, as per his physiotherapy programme", "I will use my walking frame to get to the hall.", ""},
		{"passes: per part of a piece of work is in each", "Sam will write 3 details per paragraph", "I will write 3 details in each paragraph.", ""},
		{"passes: a count in a row is staff's, and goes", "Sam will use full stops in 3 consecutive sentences", "I will use full stops.", ""},
		{"refused: a score after a preposition", "Sam will order the numbers, for eight out of 10 numbers", SafeTarget, `a staff measure is left: "eight out of 10"`},
		{"refused: a which with nothing after it", "Sam will independently engage with a toy or item which will be observed by picking it up", SafeTarget, `the wording is not finished: "which"`},
		{"passes: a long sentence loses the tool, not by myself", "Sam to change for PE independently, using his visual sequence card to put his clothes on in the right order", "I will change for PE by myself.", ""},
		{"passes: reading with pictures by myself is no help", "Sam will read a story with pictures independently", "I will read a story with pictures by myself.", ""},
		{"refused: what was taught named from the teaching side", "Sam will use one of the strategies taught in class", SafeTarget, `an adult's way of naming what the child uses is left: "ways taught"`},
		{"refused: they after one adult may be the child", "Pupil to be able to tell an adult about the things they are good at", SafeTarget, `"they" may mean the child`},
		{"passes: they after a group is the group", "Sam will ask his friends what they want to play", "I will ask my friends what they want to play.", ""},
		{"passes: a long word in the name of the child's own thing", "Sam will take his communication book to lunch", "I will take my communication book to lunch.", ""},
		{"passes: a long word every child knows", "Sam will find 3 items in the supermarket", "I will find 3 things in the supermarket.", ""},
		{"refused: the thing named from the adult's side", "When given a directive, Sam will locate the named item in the supermarket", SafeTarget, `an adult's way of naming what the child uses is left: "the named item"`},
		{"refused: the agreed signal is staff's name for it", "Sam will use the agreed signal to ask for help", SafeTarget, `a staff phrase is left: "the agreed"`},
		{"refused: without a list of things not to do", "Sam will eat lunch in the dining hall without covering his ears or leaving the hall", SafeTarget, `it still says what the child will not do: "without covering"`},
		{"refused: staff's cue", "Sam will go back to his work after a picture cue", SafeTarget, `a word a child may not read is left: "cue"`},
		{"passes: navigate to is get to", "Student will navigate to the home screen independently", "I will get to the home screen by myself.", ""},
		{"passes: a partner's is my partner's", "Sam will gain partner's attention before speaking", "I will get my partner's attention before I speak.", ""},
		{"passes: in context says nothing to the child", "Sam will use 10 new words in context during classroom activities", "I will use new words during classroom activities.", ""},
		{"passes: make needs known is telling people", "To make needs and wants known appropriately", "I will tell people what I need and want in the right way.", ""},
		{"passes: without guidance is by myself", "Sam will finish some tasks without guidance after practice", "I will finish some tasks by myself after practice.", ""},
		{"passes: a story theme is a pretend game", "The child will ask another peer to play in his story theme", "I will ask another classmate to play in my pretend game.", ""},
		{"passes: own in a glossary phrase is my own", "During independent writing tasks, Sam will use his word mat", "I will use my word mat during my own writing tasks.", ""},
		{"refused: a stretch of days staff measure over", "Sam will follow directions during class routines, correct in a four day period", SafeTarget, `a staff measure is left: "four day period"`},
		{"refused: a route named from the teaching side", "Sam will travel to college using the route practised in travel training", SafeTarget, `an adult's way of naming what the child uses is left: "route practised"`},
		{"passes: reminders required says no more than reminders", "Plans for the day ahead, with occasional prompts required", "I will plan for the day ahead, with a few reminders.", ""},
		{"passes: communicating well is talking well", "Sam will make all speech sounds so that he can communicate effectively with friends", "I will make all speech sounds so that I can talk well with friends.", ""},
		{"passes: regularly is often", "Sam will regularly use a planner to jot down homework", "I will use a planner to jot down homework often.", ""},
		{"passes: orally goes after the action", "Sam will orally blend sounds in CVC words", "I will blend sounds out loud in short words.", ""},
		{"passes: a placeholder in capitals is the child", "XXX will read the 44 phonics sounds, including the digraphs sh, ch, th and ng", "I will read the 44 phonics sounds.", ""},
		{"passes: an intern is the child", "Intern to make the journey to his placement alone and text the job coach on arrival", "I will make the journey to my placement alone and text the job coach on arrival.", ""},
		{"passes: a young adult is the child", "Young adult will make a weekly meal plan", "I will make a weekly meal plan.", ""},
		{"passes: a staff frame with no comma before I will", "Within a school year I will learn one letter a week", "I will learn one letter a week.", ""},
		{"passes: a heading before the target goes", "Reduce absconding from lessons - Sam to use his time-out card and go to the pastoral base, not leave the school site", "I will use my time-out card and go to the pastoral base.", ""},
		{"passes: a label before the child noun goes", "Skills for life (independent living): learner to make a hot drink safely using a kettle tipper, with staff observing only", "I will make a hot drink safely with a kettle tipper.", ""},
		{"passes: a list after including goes, not what follows it", "Sam will make all speech sounds, including sh, ch and th, so that he can talk with friends", "I will make all speech sounds, so that I can talk with friends.", ""},
		{"passes: objects of reference are objects", "Sam will choose between two objects of reference to show which activity he wants next", "I will choose between two objects to show which activity I want next.", ""},
		{"passes: a coping strategy is a way to cope", "Sam will use a coping strategy", "I will use a way to cope.", ""},
		{"passes: moving and handling is one thing", "Sam will follow his moving and handling plan", "I will follow my moving and handling plan.", ""},
		{"refused: a speech therapist's question levels", "Sam will answer Blank level 3 questions about a short text", SafeTarget, `a speech therapist's name for the questions is left: "Blank level"`},
		{"refused: a print size", "Sam will read N18 print for his texts", SafeTarget, `an abbreviation a child may not read is left: "N18"`},
		{"refused: equipment named from the staff side", "Sam will use the adapted equipment provided in maths", SafeTarget, `an adult's way of naming what the child uses is left: "equipment provided"`},
		{"passes: what it is for goes from a long sentence", "Sam will use his early leave pass to leave lessons 5 mins before the bell so that he can walk to the dining room safely on his crutches", "I will use my early leave pass to leave lessons 5 minutes before the bell.", ""},
		{"passes: what it is part of goes from a long sentence", "Sam will attend his two favourite lessons each week, arriving through the student support entrance, as step 1 of his return to school plan", "I will attend my two favourite lessons each week and arrive through the student support entrance.", ""},
		{"passes: a pupil passport is a thing", "Student to show a supply teacher his pupil passport and explain what helps him", "I will show a supply teacher my pupil passport and explain what helps me.", ""},
		{"passes: his hands to himself is my hands once", "Sam will keep his hands to himself in the line", "I will keep my hands to myself in the line.", ""},
		{"refused: a word said twice", "In a quiet room, Sam will keep talking when a friend is brought in", SafeTarget, `a word is said twice: "in in"`},
		{"passes: a child noun with what staff say of the child", "Pupil with hypermobility to use a word processor for long writing", "I will use a word processor for long writing.", ""},
		{"passes: a child noun who does something", "Student who stammers to present his talk to a small group", "I will present my talk to a small group.", ""},
		{"passes: a stage before the child noun", "S2 pupil to use a reader pen in science", "I will use a reader pen in science.", ""},
		{"passes: a sixth former", "Sixth former to use a rest break card in exams", "I will use a rest break card in exams.", ""},
		{"passes: a label naming a part of the plan goes", "IDP outcome 2B, 1: I will read a short text and answer 3 questions about it", "I will read a short text and answer 3 questions about it.", ""},
		{"passes: a step label goes", "Step 2: child to sit on the toilet at set times", "I will sit on the toilet at set times.", ""},
		{"passes: accepting comfort is letting someone comfort me", "Child to accept comfort from her key person when upset", "I will let my key person comfort me when I feel upset.", ""},
		{"passes: a peer's hand is a friend's", "Child to walk to assembly holding a peer's hand", "I will walk to assembly holding a friend's hand.", ""},
		{"refused: a long sentence would lose a second action after a comma", "Sam will use his blue inhaler and spacer before PE, and carry it in his PE bag on school trips", SafeTarget, `to be short enough it leaves out "and carry it in my PE bag on school trips", a second thing staff asked for`},
		{"passes: a next step after then stays", "Sam will sit on the toilet at set times, then flush and wash his hands", "I will sit on the toilet at set times, then flush and wash my hands.", ""},
		{"passes: an adult spotting is how staff stand by", "Sam will climb the low A-frame with an adult spotting", "I will climb the low A-frame.", ""},
		{"passes: the device is the child's own", "Inform someone when the device is not working", "I will tell someone when my device is not working.", ""},
		{"passes: telling the time", "Sam will tell time to the hour", "I will tell the time to the hour.", ""},
		{"passes: how far a therapist measures the child walking goes", "Sam will walk 30 feet in school with help", "I will walk in school with help.", ""},
		{"passes: how far the child pushes a wheelchair goes", "Sam will propel his wheelchair at least 20 feet to the hall.", "I will push my wheelchair to the hall.", ""},
		{"refused: a distance that is not the child moving", "Sam will throw a beanbag 10 feet", SafeTarget, `a staff measure is left: "10 feet"`},
		{"passes: a sound the child says is the sound", "Sam will say /f/ at the start of words", "I will say the /f/ sound at the start of words.", ""},
		{"refused: a sound in slashes with no sound after it", "Sam will find /f/ at the start of words", SafeTarget, `a sound is written as staff write it: "/f/ at"`},
		{"passes: a sound in slashes named as a sound", "Sam will say the /f/ sound at the start of words", "I will say the /f/ sound at the start of words.", ""},
		{"passes: a designated space is the space", "Sam will go to the designated calm space when upset", "I will go to the calm space when I feel upset.", ""},
		{"refused: an adult's role in capitals is the subject, not the child", "SLT will model two-word phrases for Sam", SafeTarget, "it says what an adult will do, not the child"},
		{"passes: a child's initials as the subject", "JB will read 20 words", "I will read 20 words.", ""},
		{"refused: a colon before a staff list", "Sam will use his skills: asking, waiting and sharing", SafeTarget, "a colon is left in the sentence"},
		{"refused: a part of the plan named inside the target is no label", "Sam will follow his plan: first work, then play", SafeTarget, "a colon is left in the sentence"},
		{"passes: exchanging a book is swapping it", "Sam will exchange his reading book every Monday", "I will swap my reading book every Monday.", ""},
		{"passes: exchanging a picture card is giving it", "Child will exchange a picture card to request a snack", "I will give a picture card to ask for a snack.", ""},
		{"passes: a child noun who is something, then the verb", "Student who is new to English to use a bilingual dictionary", "I will use a bilingual dictionary.", ""},
		{"passes: a condition after instead of stays", "Sam will use his words instead of hitting when he is angry", "I will use my words when I am angry.", ""},
		{"passes: the other time after rather than goes", "Sam (Y5) is to use the toilet at break times rather than during lessons", "I will use the toilet at break times.", ""},
		{"passes: a child noun who is new somewhere, then the verb", "Student who is new to the school to use a map", "I will use a map.", ""},
		{"passes: the word kinds of phonics are short words", "Sam will read CVC words", "I will read short words.", ""},
		{"refused: staff jargon for the child's equipment", "Sam will show a tripod grasp on a writing utensil during tabletop activities", SafeTarget, `a word a child may not read is left: "utensil"`},
		{"refused: a verb said twice", "Sam will use a magnifier to use worksheets", SafeTarget, `the verb "use" is said twice`},
		{"refused: an action named as a thing", "Sam will join in with the washing of hands", SafeTarget, `an adult's way of naming the action is left: "the washing of"`},
		{"refused: a short sentence from a long target", "Given a worksheet and the corresponding materials, Sam will begin the first step (e.g. writing his name, reading the task) within 60 seconds of the direction being given", SafeTarget, "only 4 words are left of a 29-word target; check it still says what the target is about"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, unsure := r.TargetChecked(c.staff, "Sam")
			if got != c.want || unsure != c.unsure {
				t.Errorf("TargetChecked(%q) = %q, %q; want %q, %q", c.staff, got, unsure, c.want, c.unsure)
			}
		})
	}
	if got, unsure := r.TargetChecked("Naomi will use a weekly planner to manage her A level coursework deadlines", "Naomi"); got != "I will use a weekly planner to manage my A level coursework deadlines." || unsure != "" {
		t.Errorf("TargetChecked = %q, %q; her A level is hers, the A no \"a\"", got, unsure)
	}
	if got, unsure := r.SuccessChecked("Sam will know his 2, 5 and 10 times tables", "Sam"); got != "I can say my 2, 5 and 10 times tables." || unsure != "" {
		t.Errorf("SuccessChecked = %q, %q; tables known are said", got, unsure)
	}
	if got, unsure := r.SuccessChecked("Sam will know where his peg is", "Sam"); got != SafeSuccess || unsure != `"I can know" is not how a child says it` {
		t.Errorf("SuccessChecked = %q, %q; \"I can know\" is refused", got, unsure)
	}
	if got, unsure := r.SuccessChecked("Asks about a new word at least once a lesson", "Sam"); got != "I can ask about a new word at least once a lesson." || unsure != "" {
		t.Errorf("SuccessChecked = %q, %q; an \"I can\" keeps how often at least, as how the child knows it is done", got, unsure)
	}
	for _, c := range []struct{ staff, unsure string }{
		// the staff's list of 41 words is not on the child's page
		{"Given a list of sight words, Sam will read 40 of the 41 words independently", `a staff measure is left: "40 of the 41"`},
		// the scheme is the school's, not the child's
		{"Pupil moves up two book bands on the school reading scheme", `a staff phrase is left: "reading scheme"`},
		// 8 right of what?
		{"Given a sheet of 10 take-away sums, Sam will get at least 8 right", `a staff measure is left: "get at least 8 right"`},
	} {
		if got, unsure := r.SuccessChecked(c.staff, "Sam"); got != SafeSuccess || unsure != c.unsure {
			t.Errorf("SuccessChecked(%q) = %q, %q; want the safe sentence, %q", c.staff, got, unsure, c.unsure)
		}
	}
	if got, unsure := r.SuccessChecked("Reads 8 out of 10 tricky words", "Sam"); got != "I can read 8 out of 10 tricky words." || unsure != "" {
		t.Errorf("SuccessChecked = %q, %q; an \"I can\" keeps a score of the child's own words", got, unsure)
	}
	if got, unsure := r.SuccessChecked("Sits with trunk stability in 4/5 trials", "Sam"); got != SafeSuccess || unsure == "" {
		t.Errorf("SuccessChecked kept %q (unsure %q); want the safe sentence", got, unsure)
	}
}

// Each part a long sentence can lose is only that part: who the child does
// it with, the body part they do it with, "on time" and "one at a time"
// are no setting or thing to take off, and nothing is cut to leave a word
// hanging.
func TestTrimParts(t *testing.T) {
	index := func(re interface{ String() string }) int {
		for i, tr := range trims {
			if tr.String() == re.String() {
				return i
			}
		}
		t.Fatalf("%s is not a trim", re)
		return -1
	}
	for _, c := range []struct {
		trim     int
		in, want string
	}{
		{index(likeQuoteRE), "follow a one-step instruction, like 'get your coat', at tidy up time without a picture", "follow a one-step instruction at tidy up time without a picture"},
		{index(likeQuoteRE), "say words like 'moo', 'bee' and 'two' in a song", "say words in a song"},
		{index(likeQuoteRE), "say 'I don't know' in class", "say 'I don't know' in class"},
		{index(likeQuoteRE), "join sounds into words like 'moo' and copy the adult", "join sounds into words like 'moo' and copy the adult"},
		{index(withThingRE), "make my pupil passport and share it with my new teachers", "make my pupil passport and share it with my new teachers"},
		{index(withThingRE), "trail the wall to the toilets with my hand", "trail the wall to the toilets with my hand"},
		{index(withThingRE), "order numbers to 100 without with a 100 square", "order numbers to 100 without with a 100 square"},
		{index(withThingRE), "find 10 more than a number with a hundred square", "find 10 more than a number"},
		{index(withThingRE), "pack my bag using the checklist and arrive with the right kit", "pack my bag using the checklist and arrive with the right kit"},
		{index(endSettingRE), "hand in my assignments on time", "hand in my assignments on time"},
		{index(endSettingRE), "post 5 coins into the box one at a time", "post 5 coins into the box one at a time"},
		{index(endSettingRE), "cope with the smells in the canteen at lunch", "cope with the smells in the canteen"},
		{index(endSettingRE), "take turns in a game during wet play times", "take turns in a game"},
		{index(oftenRE), "answer a question and share at least once a lesson", "answer a question and share at least once a lesson"},
		{index(oftenRE), "answer a question and share my idea at least once a lesson", "answer a question and share my idea"},
		{index(oftenRE), "practise my exercises twice a week", "practise my exercises"},
		{index(secondActionRE), "read and spell the words", "read and spell the words"},
		{index(secondActionRE), "draw my big red anger volcano and name 3 things that make me feel hot and cross", "draw my big red anger volcano"},
		{index(secondActionRE), "log on to my reading program at the start of each session and finish 2 units", "log on to my reading program at the start of each session and finish 2 units"},
		{index(secondActionRE), "arrive at 9.30 through the side gate and go straight to the inclusion room", "arrive at 9.30 through the side gate and go straight to the inclusion room"},
		{index(secondActionRE), "use my role card in group work and hand out and collect the equipment", "use my role card in group work and hand out and collect the equipment"},
		{index(secondActionRE), "load the washing machine, choose the right wash and hang the washing out", "load the washing machine and choose the right wash"},
		{index(secondActionRE), "attend my ELSA session every week and practise one friendship skill", "attend my ELSA session every week and practise one friendship skill"},
		{index(secondActionRE), "clap the syllables of the week's new word, act it out and use it in a sentence", "clap the syllables of the week's new word and act it out"},
		{index(secondActionRE), "answer questions with the 'think, pair, share' way and share my answer", "answer questions with the 'think, pair, share' way"},
		{index(secondActionRE), "find my level of worry and choose and use a way to calm down", "find my level of worry and choose and use a way to calm down"},
		{index(secondActionRE), "form the letters a, d and g correctly and start at the top", "form the letters a, d and g correctly"},
		{index(secondActionRE), "stop and think about what happened and ask for help when I feel angry", "stop and think about what happened and ask for help when I feel angry"},
	} {
		if got, _ := trimOnce(c.in, c.trim); got != c.want {
			t.Errorf("trim %s of %q = %q, want %q", trims[c.trim], c.in, got, c.want)
		}
	}
}

// A list staff leave without "and" gets one before its last part, unless
// a part is a clause of its own or the list is quoted.
func TestListAnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"put my coat on, hang my bag up, sit down", "put my coat on, hang my bag up and sit down"},
		{"walk up and down stairs, one foot on each step, no support", "walk up and down stairs, one foot on each step, no support"},
		{"use words like big, in front, beside", "use words like big, in front and beside"},
		{"line up, wait when the bell goes, walk in", "line up, wait when the bell goes, walk in"},
		{"use the 'think, pair, share' way, every lesson, with a partner", "use the 'think, pair, share' way, every lesson, with a partner"},
		{"read, write, spell", "read, write and spell"},
	} {
		if got := listAnd(c.in); got != c.want {
			t.Errorf("listAnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A sentence still too long after the trims loses the details and
// clauses it needs least, and says which; it loses none that leaves it
// broken or without its point.
func TestSqueeze(t *testing.T) {
	for _, c := range []struct {
		in, want, leftOut string // want "" when nothing can go
	}{
		// "to an adult" costs less than the time clause.
		{"listen to instructions and repeat them back to an adult before I start a task",
			"listen to instructions and repeat them back before I start a task", "to an adult"},
		// Where a thing is put stays ("on the scanner"); the second
		// action and the place go, in the order they stood.
		{"pay for my lunch at the canteen till by placing my finger on the scanner, and check my balance",
			"pay for my lunch by placing my finger on the scanner", "at the canteen till … and check my balance"},
		// "in the Seasons for Growth group" is what "take part" needs,
		// and "for Growth" is inside a name: when and where go.
		{"take part in the Seasons for Growth group on Tuesday afternoons and share one feeling in the circle",
			"take part in the Seasons for Growth group and share one feeling", "on Tuesday afternoons … in the circle"},
		// Who the child does it with stays.
		{"take part in the Seasons for Growth group and share one feeling with the group leader at lunchtime", "", ""},
		// The last action of a list keeps the list whole, and where the
		// shoes are put is what "put" needs.
		{"find my own shoes, put them on the right feet and fasten the velcro straps", "", ""},
		// What the child tells is the point, and so is when.
		{"tell my head of year or a trusted adult if someone is unkind to me online or at school", "", ""},
		// An action with its own condition is the point.
		{"stop and think about what happened and ask an adult for help when I feel angry in class", "", ""},
		// A verb and its particle that need the object the second action
		// has are not left without it.
		{"use my materials manager role card in science group work and hand out and collect the equipment for my group", "", ""},
		// "One at a time" is how, not when.
		{"remind the group to speak one at a time by passing the talking object, in group work",
			"remind the group to speak one at a time by passing the talking object", "in group work"},
		// Manner is no setting: "on sight" stays, the session goes.
		{"read 15 common words from my word list on sight in my reading sessions",
			"read 15 common words from my word list on sight", "in my reading sessions"},
	} {
		got, lo, ok := squeeze(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("squeeze(%q) = %q leaving out %q; want nothing taken off", c.in, got, lo)
			}
			continue
		}
		if !ok || got != c.want || lo != c.leftOut {
			t.Errorf("squeeze(%q) = %q leaving out %q (%v); want %q leaving out %q", c.in, got, lo, ok, c.want, c.leftOut)
		}
	}
}

// A sentence refused for its length alone is still refused, and its
// draft is the shorter one, with what it leaves out; one refused for
// another reason keeps its whole draft.
func TestShorterDraft(t *testing.T) {
	r := New(nil)
	w := r.TargetWording("Sam will trail the wall with his hand to find his way from the classroom to the toilets independently.", "Sam")
	want := Wording{
		Pronouns:     "he", // both his are Sam's
		Sentence:     SafeTarget,
		Draft:        "I will trail the wall with my hand to find my way by myself.",
		Unsure:       "it is 20 words long, over 16 for a young reader",
		DraftLeftOut: "from the classroom … to the toilets",
	}
	if w != want {
		t.Errorf("TargetWording = %+v, want %+v", w, want)
	}
	// A hard word in a long sentence's detail goes with the detail.
	w = r.TargetWording("Sam will count out coins up to 20p to pay for a parcel in the 1stClass @ Number Post Office role play.", "Sam")
	want = Wording{
		Sentence:     SafeTarget,
		Draft:        "I will count out coins up to 20p to pay for a parcel.",
		Unsure:       "a symbol a child may not read is left",
		DraftLeftOut: "in the 1stClass @ Number Post Office role play",
	}
	if w != want {
		t.Errorf("TargetWording = %+v, want %+v", w, want)
	}
	// Who is to join is no detail to take off.
	w = r.TargetWording("Sam will look for signs that a group is happy for him to join before he sits down at lunch.", "Sam")
	if w.Sentence != SafeTarget || !strings.Contains(w.Draft, "a group is happy for me to join") {
		t.Errorf("TargetWording = %+v, want a draft that keeps who joins", w)
	}
	w = r.TargetWording("Sam will type a 3-sentence paragraph with fluency at 15 WPM on the laptop in the classroom and at home every day.", "Sam")
	if w.Sentence != SafeTarget || w.DraftLeftOut != "" || !strings.Contains(w.Draft, "fluency") || !strings.Contains(w.Draft, "every day") {
		t.Errorf("TargetWording = %+v, want the safe sentence with the whole draft", w)
	}
}

// A thing the child uses, with what it is for or when ("using his time
// out card if he needs a break"), is how staff mean the action done: a
// sentence shortened to fit that takes it off is printed, and says what it
// left out, as for an -ing detail. Help an adult gives and fades goes
// without a word, and so does a tool with nothing more said of it.
func TestUsedForLeftOut(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ in, sentence, leftOut string }{
		{"Sam will stay in class for the whole maths lesson, using his time out card if he needs a break.", "I will stay in class for the whole maths lesson.", "with my time out card if I need a break"},
		{"Sam will tell an adult when he needs a wee, using his toilet picture card if needed.", "I will tell an adult when I need a wee.", "with my toilet picture card if needed"},
		{"Sam will read aloud to an adult from his book, using his ruler to keep his place.", "I will read aloud to an adult from my book.", "with my ruler to keep my place"},
		{"Sam will ask a teacher to explain again when he doesn't understand a task, using his help card if needed.", "I will ask a teacher to explain again when I don't understand a task.", "with my help card if needed"},
		{"Sam will stand at the back of the line, with his LSA stepping back to the end of the line.", "I will stand at the back of the line.", ""},
		{"At lunch, Sam will use a spoon to feed himself his whole main course, with hand-over-hand support faded to a light touch at the elbow by July.", "I will use a spoon to feed myself my whole main course.", ""},
		{"Sam will find 10 more than a number, using a hundred square.", "I will find 10 more than a number, with a hundred square.", ""},
	} {
		w := r.TargetWording(c.in, "Sam")
		if w.Sentence != c.sentence || w.LeftOut != c.leftOut || w.Unsure != "" {
			t.Errorf("TargetWording(%q) = %q leaving out %q (unsure %q), want %q leaving out %q", c.in, w.Sentence, w.LeftOut, w.Unsure, c.sentence, c.leftOut)
		}
	}
}

// An action after a list cannot go alone: "find my shoes, put them on"
// would lose its "and"; a comma just before "and" joins two actions.
func TestListBefore(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"find my shoes, put them on the right feet", true},
		{"pay for my lunch by placing my finger on the scanner,", false},
		{"read, write and spell the words", false},
		{"wash my hands", false},
	} {
		if got := listBefore(strings.Fields(c.before)); got != c.want {
			t.Errorf("listBefore(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}

// "with my ear defenders on" is what the child wears, which stays; "with
// my book on the desk" says where the book is.
func TestWearing(t *testing.T) {
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"my ear defenders on when the fire alarm goes", true},
		{"my ear defenders on", true},
		{"my book on the desk", false},
		{"a ruler and a pencil", false},
	} {
		if got := wearing(strings.Fields(c.rest)); got != c.want {
			t.Errorf("wearing(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}

// A target too long to read as one sentence is offered as two short
// sentences, each vouched for, when nothing is shared between them that
// the split would lose.
func TestTwoSentences(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ name, staff, want string }{
		{"fires: two actions, each short enough",
			"Sam will listen carefully to instructions and repeat them back to an adult before he starts a task.",
			"I will listen carefully to instructions. I will repeat them back to an adult before I start a task."},
		{"fires: an action left out comes back as its own sentence",
			"Sam will count out the correct coins to pay for items up to £5 and check his change.",
			"I will count out the right coins to pay for things up to £5. I will check my change."},
		{"does not fire: a second verb left as staff's -ing",
			"To throw a bean bag into a hoop from 2 metres, looking at the target and stepping forward with the opposite foot.",
			""},
		// The condition was put first for both actions; split, it would be
		// the second's alone.
		{"does not fire: a frame in front",
			"When feeling anxious, Sam will use a pass to ask for a 5-minute break in the calm space and return to class.",
			""},
		// "When I notice my asthma" may be why the child stops at all.
		{"does not fire: a condition after the second action",
			"Sam will stop running games in PE lessons and sit out on the bench by the hall door when he notices his asthma symptoms starting.",
			""},
		{"does not fire: a thing spelt like a verb",
			"Sam carries his full water bottle and book bag from the gate to the classroom without dropping them.",
			""},
		{"does not fire: what the child needs is no action",
			"Sam feeds himself with a spoon at lunch in the dining hall, needing help only to scoop up the last bits.",
			""},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := r.TargetWording(c.staff, "Sam")
			if got := w.TwoSentences; got != c.want {
				t.Errorf("TargetWording(%q).TwoSentences\n got %q\nwant %q", c.staff, got, c.want)
			}
			if w.TwoSentences != "" && (w.Sentence == w.TwoSentences || w.Unsure != "" && w.Draft != w.TwoSentences) {
				t.Errorf("TargetWording(%q) = %+v; two sentences are never printed by themselves, and are the draft of a refused sentence", c.staff, w)
			}
		})
	}
	// Each sentence is counted on its own for a young reader.
	if w := r.Readability("I will listen to instructions. I will repeat them back to an adult before I start a task."); len(w) != 0 {
		t.Errorf("Readability of two short sentences = %q, want none", w)
	}
	if got := r.SuccessWording("Sam sets himself one target on Monday and scores it on Friday in his weekly reflection log.", "Sam").TwoSentences; got != "I can set myself one target on Monday. I can score it on Friday in my weekly reflection log." {
		t.Errorf("SuccessWording().TwoSentences = %q; want two I can sentences", got)
	}
}

// TestNameEndingInS: a name that ends in s takes an apostrophe alone as
// its possessive ("James' handwriting"), which is the child's.
func TestNameEndingInS(t *testing.T) {
	r := New(nil)
	for staff, want := range map[string]string{
		"James' handwriting will be joined in 3 sentences": "I will make sure my handwriting is joined in 3 sentences.",
		"James will put James' coat on his peg":            "I will put my coat on my peg.",
	} {
		if got, unsure := r.TargetChecked(staff, "James"); got != want || unsure != "" {
			t.Errorf("TargetChecked(%q) = %q, %q; want %q", staff, got, unsure, want)
		}
	}
}

// TestKindHands: "I can have kind hands" is how schools say it, though
// "I can have …" is refused.
func TestKindHands(t *testing.T) {
	r := New(nil)
	if got, unsure := r.SuccessChecked("Sam will have kind hands", "Sam"); got != "I can have kind hands." || unsure != "" {
		t.Errorf("SuccessChecked = %q, %q; want I can have kind hands.", got, unsure)
	}
	if _, unsure := r.SuccessChecked("Sam will have a good week", "Sam"); unsure == "" {
		t.Error("I can have a good week passed the self-check")
	}
}

// TestTerseSuccess: success criteria in staff's shorthand that lose their
// object or their "my" once the count goes are refused, and the whole
// ones pass.
func TestTerseSuccess(t *testing.T) {
	r := New(nil)
	for staff, want := range map[string]string{
		"Copes calmly with 4/5 changes":   `the wording is not finished: it ends on "with"`,
		"Greets 3/5 mornings":             `the wording is not finished: nothing is left after "greet"`,
		"Puts coat on 4/5 times":          `the wording is not finished: "put my coat"`,
		"Hands in 9/10 homeworks on time": "",
		"Uses card":                       `a "my" or "the" is missing before "card"`,
		"Eats in hall":                    `a "my" or "the" is missing before "hall"`,
		"Tells mentor weekly":             `a "my" or "the" is missing before "mentor"`,
		"Swims 10 metres":                 "",
		"Puts on his coat by himself":     "",
	} {
		if _, unsure := r.SuccessChecked(staff, "Sam"); unsure != want {
			t.Errorf("SuccessChecked(%q) unsure = %q, want %q", staff, unsure, want)
		}
	}
}

// TestNinthRound: what a tester found after held-out 17, each worked out
// by hand.
func TestNinthRound(t *testing.T) {
	r := New(nil)
	checkTargets(t, r, []targetCase{
		{"Muhammad", "Muhammad will name the Prophet Muhammad as the founder of Islam", SafeTarget, `the child's name "Muhammad" is left`},
		{"Paris", "Paris will say that Paris is the capital of France", SafeTarget, `the child's name "Paris" is left`},
		{"Sam", "Ask an adult to help Sam", "I will ask an adult to help me.", ""},
		{"Amira", "Amira will stop picking her nose and eating it", SafeTarget, `it still says what the child will not do: "stop picking"`},
		{"Amira", "Amira will stop grabbing food from other children's plates", SafeTarget, `it still says what the child will not do: "stop grabbing"`},
		{"Amira", "Amira will wash regularly as she often smells", SafeTarget, `it is about "i often smell"; a Child Target needs to be written with care`},
		{"Amira", "Amira will tell staff when she is hungry because there is no food at home", SafeTarget, `it is about "hungry because"; a Child Target needs to be written with care`},
		{"Harvey", "Harvey will tell an adult when he has soiled himself", SafeTarget, `it is about "soiled myself"; a Child Target needs to be written with care`},
		{"Amira", "Amira will mark her period on the calendar on her phone", "I will mark my period on the calendar on my phone.", ""},
		{"Ali", "Ali will pass the ball to Jack when he is free", "I will pass the ball to Jack when he is free.", ""},
		{"Hope", "Hope will wave goodbye to her mum when she drops her off at the gate", "I will wave goodbye to my mum when she drops me off at the gate.", ""},
		{"Sam", "Sam will put his coat on with one adult reminder", SafeTarget, `a staff phrase is left: "with one adult reminder"`},
		{"Sam", "Sam will find each item on his list with no more than 2 verbal prompts", "I will find each item on my list.", ""},
		{"Amira", "Amira will have a laptop for writing", SafeTarget, `"I will have a laptop" says what adults will provide, not what the child does`},
		{"Fionn", "Fionn will dribble a ball around 5 cones", "I will dribble a ball around 5 cones.", ""},
	})
	for _, c := range []struct{ name, staff, want string }{
		{"Amira", "Reading record shows Amira reads at home 3 times a week", "I can read at home 3 times a week."},
		{"Musa", "Records show Musa completing his morning jobs", "I can finish my morning jobs."},
		{"Oliver", "Oliver's tutor reports that he arrives on time", "I can arrive on time."},
		{"Musa", "Musa is seen to share the cars with other children", "I can share the cars with other children."},
		{"Amira", "Amira reads aloud to an adult without becoming distressed", "I can read aloud to an adult calmly."},
	} {
		if got, unsure := r.SuccessChecked(c.staff, c.name); got != c.want || unsure != "" {
			t.Errorf("SuccessChecked(%q) = %q, %q; want %q", c.staff, got, unsure, c.want)
		}
	}
	if got, unsure := r.SuccessChecked("Priya will know her number bonds to 20", "Priya"); got != "I can say my number bonds to 20." || unsure != "" {
		t.Errorf("SuccessChecked = %q, %q; number bonds known are said", got, unsure)
	}
}

// TestTenthRound: what a tester found in behaviour and secondary targets,
// each worked out by hand.
func TestTenthRound(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ staff, want, unsure string }{
		{"Theo will not bully other children, including name-calling and leaving people out on purpose", SafeTarget, `it still says what the child will not do: "not"`},
		{"Theo is being bullied by a group of girls and will tell an adult every time it happens", SafeTarget, `"I will be bullied" says what others do to the child, not what the child does`},
		{"Theo will tell an adult when he is being teased", "I will tell an adult when I am being teased.", ""},
		{"Theo will cope with his dad moving out", SafeTarget, `it is about "dad moving out"; a Child Target needs to be written with care`},
		{"Theo will tell an adult if someone calls him horrible names", "I will tell an adult if someone calls me horrible names.", ""},
		{"Theo will show his bus pass to the driver", "I will show my bus pass to the driver.", ""},
		{"Theo will say sorry to the pupil he hurt", SafeTarget, `"pupil" for the child is left`},
		{"Theo makes beans on toast, using the hob safely", "I will make beans on toast, safely on the hob.", ""},
		{"Theo will plan his bus journey to college using a bus app", "I will plan my bus journey to college with a bus app.", ""},
		{"With verbal prompts, Theo will start his work", SafeTarget, `a staff phrase is left: "with spoken reminders"`},
		{"Theo will be told about changes to routine in advance", SafeTarget, `"I will be told" says what adults will do, not the child`},
		{"Theo will use a word processor in his exams as his normal way of working", "I will use a word processor in my exams.", ""},
		{"Theo showers every day", "I will shower every day.", ""},
	} {
		if got, unsure := r.TargetChecked(c.staff, "Theo"); got != c.want || unsure != c.unsure {
			t.Errorf("TargetChecked(%q) = %q, %q; want %q, %q", c.staff, got, unsure, c.want, c.unsure)
		}
	}
}

// TestEleventhRound: what a tester found re-running earlier rounds'
// targets, each worked out by hand.
func TestEleventhRound(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ staff, want, unsure string }{
		{"Hana will play with a) Lego b) trains c) sand", "I will play with Lego, trains and sand.", ""},
		{"Hana will learn her 2) 5) 10) times tables", SafeTarget, `a list's marks are left: ")"`},
		{"Hana will score 85 or above on the standardised spelling test", SafeTarget, `a word a child may not read is left: "standardised"`},
		{"Hana will cope when mum is in hospital", SafeTarget, `it is about "mum is in hospital"; a Child Target needs to be written with care`},
		{"Hana will tell an adult if she has had a toileting accident", SafeTarget, `it is about "have had a toileting accident"; a Child Target needs to be written with care`},
		{"Hana will have a safe space to go to when she is upset", SafeTarget, `"I will have a safe space" says what adults will provide, not what the child does`},
		{"Hana will read with Mr Hana every morning", "I will read with Mr Hana every morning.", ""},
		{"Hana will go back to Hana Class after her break", "I will go back to Hana Class after my break.", ""},
	} {
		if got, unsure := r.TargetChecked(c.staff, "Hana"); got != c.want || unsure != c.unsure {
			t.Errorf("TargetChecked(%q) = %q, %q; want %q, %q", c.staff, got, unsure, c.want, c.unsure)
		}
	}
}

// TestTwelfthRound: what a tester found in everyday nursery and primary
// targets, each worked out by hand.
func TestTwelfthRound(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ staff, want, unsure string }{
		{"Amira will follow a 3-step instruction containing 3 information carrying words", SafeTarget, `a staff phrase is left: "information carrying words"`},
		{"Amira will reach ARE in maths", SafeTarget, `an abbreviation a child may not read is left: "ARE"`},
		{"Amira will take away counters and say how many are left", "I will take away counters and say how many are left.", ""},
		{"Amira will talk about her mum's illness with her ELSA", SafeTarget, `it is about "mum's illness"; a Child Target needs to be written with care`},
		{"Amira will behave in assembly", SafeTarget, `"I will behave" is not something the child can see themselves do`},
		{"Amira will say what will happen next in the story", "I will say what will happen next in the story.", ""},
		{"Amira will use a sand timer to know when an activity will end", "I will use a sand timer to know when an activity will end.", ""},
		{"Amira will reread her sentence to check it makes sense", "I will reread my sentence to check it makes sense.", ""},
		{"Amira will know no. bonds to 10", "I will know number bonds to 10.", ""},
		{"Amira will wait for the adult to finish her sentence", "I will wait for the adult to finish her sentence.", ""},
	} {
		if got, unsure := r.TargetChecked(c.staff, "Amira"); got != c.want || unsure != c.unsure {
			t.Errorf("TargetChecked(%q) = %q, %q; want %q, %q", c.staff, got, unsure, c.want, c.unsure)
		}
	}
	if _, unsure := r.SuccessChecked("Amira will learn the days of the week", "Amira"); unsure == "" {
		t.Error(`"I can learn the days of the week" passed the self-check; it is no can-do`)
	}
}

func TestThirteenthRound(t *testing.T) {
	r := New(nil)
	checkTargets(t, r, []targetCase{
		{"Jack", "When Jack is angry, he will go to his safe space", "I will go to my safe space when I am angry.", ""},
		{"Amira", "When Amira arrives at school she will hang up her coat and bag", "I will hang up my coat and bag when I arrive at school.", ""},
		{"Riley", "When Riley feels overwhelmed, they will use their time out card", "I will use my time out card when I feel overwhelmed.", ""},
		{"Amira", "Amira will listen to her partner and wait until she has finished talking", "I will listen to my partner and wait until she has finished talking.", ""},
		{"Jack", "Jack will wait for his friend while he gets changed", "I will wait for my friend while he gets changed.", ""},
		{"Jack", "Jack will wait for his partner to finish speaking before he replies", "I will wait for my partner to finish speaking before I reply.", ""},
		{"Amira", "Amira will look after her friend when she is sad", SafeTarget, "a he, she, his or her may be the child's or the friend's"},
		{"Amira", "Amira will tell her friend when she is sad", "I will tell my friend when I am sad.", ""},
		{"Amira", "Amira will help her friend when she is stuck", "I will help my friend when she is stuck.", ""},
		{"Amira", "Amira will give her friend's pencil back to her", "I will give my friend's pencil back to her.", ""},
		{"Riley", "Riley will thank their friend when they help them", SafeTarget, "a he, she, his or her may be the child's or the friend's"},
		{"Sam", "Sam will tell a member of staff when they are finding a lesson too noisy", "I will tell a member of staff when I am finding a lesson too noisy.", ""},
		{"Sam", "Sam will ask Mr Jones if they can leave early to avoid crowded corridors", "I will ask Mr Jones if I can leave early to avoid crowded corridors.", ""},
		{"Sam", "Sam will let their parents know when they have a detention", "I will let my parents know when I have a detention.", ""},
		{"Sam", "Sam will ask a friend if they want to play", "I will ask a friend if they want to play.", ""},
		{"Alex", "Alex will speak to their key adult if someone online makes them feel uncomfortable", "I will speak to my key adult if someone online makes me feel uncomfortable.", ""},
		{"Alex", "Alex will identify what makes them angry", "I will work out what makes me angry.", ""},
		{"Alex", "Alex will notice what makes their friends happy and do it for them", "I will notice what makes my friends happy and do it for them.", ""},
		// identify and recognise by what is named, read or noticed
		{"Kai", "Kai will identify 5 emotions from photographs", "I will name 5 feelings from photographs.", ""},
		{"Sophie", "Sophie will identify 3 things that make her anxious", "I will name 3 things that make me worried.", ""},
		{"Jack", "Jack will recognise numerals 0-10", "I will read numbers 0 to 10.", ""},
		{"Amira", "To recognise and name her feelings", "I will name my feelings.", ""},
		{"Amira", "Amira will recognise her name on her peg", "I will find my name on my peg.", ""},
		// words that changed the thing
		{"Noah", "Noah will play hide and seek with his brother", "I will play hide and seek with my brother.", ""},
		{"Jayden", "Jayden to use his planner to record homework in 4 out of 5 lessons", "I will use my planner to write down homework.", ""},
		{"Sam", "Sam will use their planner to record all homework set", "I will use my planner to write down all my homework.", ""},
		{"Sophie", "Sophie will use her times table square to help with long multiplication", "I will use my times table square to help with long multiplication.", ""},
		{"Mohammed", "Mohammed will learn new words each week from the class vocabulary wall", "I will learn new words each week from the class word wall.", ""},
		{"Riley", "Riley will say the 'r' sound correctly in conversation", "I will say the 'r' sound correctly when I talk.", ""},
		{"Jack", "Jack will write his name with correctly formed letters", "I will write my name with letters formed the right way.", ""},
		{"Maisie", "Maisie will play a simple turn-taking game with a peer and an adult", "I will play a turn-taking game with another child and an adult.", ""},
		{"Amelia", "Amelia to complete a weekly check-in with Miss Patel", "I will do a weekly check-in with Miss Patel.", ""},
		{"Kai", "Kai will move between activities using a transition object", SafeTarget, `a staff phrase is left: "transition object"`},
		{"Oliver", "Oliver will tolerate hand-under-hand support to explore messy play", SafeTarget, `a staff phrase is left: "hand-under-hand"`},
		{"Oliver", "Oliver will accept his hoist transfer calmly", SafeTarget, `a staff phrase is left: "hoist transfer"`},
		// the typist's slips
		{"Jayden", "Jayden will ask for help when he doesnt understand a task", "I will ask for help when I don't understand a task.", ""},
		{"Leo", "Leo will ask an adult for help when he can't open his lunchbox", "I will ask an adult for help when I can't open my lunchbox.", ""},
		{"Leo", "Leo will eat his lunch at the table with his freinds", SafeTarget, `a word may be mistyped: "freinds"`},
		{"Amira", "Amira will follow the teachers instructions", SafeTarget, `a word may be mistyped: "teachers instructions"`},
		{"Amira", "Amira will tell an adult if she is being unkind to by other students online", SafeTarget, `a word may be mistyped: "to by"`},
		// words a child reads after all
		{"Priya", "With the support of her TA, Priya will use a dictionary to check her spellings", "I will use a dictionary to check my spellings with help from my TA.", ""},
		{"Amira", "Amira will read her TA's instructions on the task board", "I will read my TA's instructions on the task board.", ""},
		{"Kai", "Kai will sit at the table for his SALT session", "I will sit at the table for my speech session.", ""},
		{"Kai", "Kai will give his PECS card to his teacher to ask for the toilet", "I will give my picture card to my teacher to ask for the toilet.", ""},
		{"Jayden", "Jayden will sit in his allocated seat at the start of every lesson", "I will sit in my seat at the start of every lesson.", ""},
		{"Oliver", "Oliver will wash his hands after toileting", "I will wash my hands after I use the toilet.", ""},
		{"Aisha", "Aisha will match 5 symbols to the corresponding objects", "I will match 5 symbols to the right objects.", ""},
		{"Noah", "Noah will jump with 2 feet together", "I will jump with 2 feet together.", ""},
		{"Amira", "Amira will share equipment with her partner during maths", "I will share equipment with my partner during maths.", ""},
		{"Riley", "Riley will follow adult instructions the first time they are asked", "I will follow adult instructions the first time I am asked.", ""},
		{"Riley", "Riley will tell an adult when someone is unkind to them", "I will tell an adult when someone is unkind to me.", ""},
		{"Sam", "Sam will tolerate changes to their routine when given 5 minutes warning", "I will cope with changes to my routine when I get a warning.", ""},
		{"Amelia", "Amelia will attend her ELSA sessions weekly", "I will attend my ELSA sessions weekly.", ""},
		{"Jack", "Jack will follow simple 2 step instructions e.g. get your coat and line up", SafeTarget, `"your" is what an adult says, left without its quotes`},
		{"Amira", "Amira will say 'your turn' in a game", "I will say 'your turn' in a game.", ""},
		{"Amira", "Amira will stay in her seat for the whole of the input", SafeTarget, `a staff phrase is left: "whole of the input"`},
		// where "by myself" goes, and an "it" before its thing
		{"Jayden", "To be able to independently use a bus timetable to plan a journey to the town centre", "I will use a bus timetable to plan a journey to the town centre by myself.", ""},
		{"Aisha", "When she finishes her work, Aisha will put it in the finished tray", SafeTarget, `"it" comes before what it stands for once the condition goes last`},
		{"Amira", "When she has finished her drink, Amira will put the cup in the sink", "I will put the cup in the sink when I have finished my drink.", ""},
	})
}

// People around the child: whose feeling, thing or turn it is.
func TestPeopleAround(t *testing.T) {
	r := New(nil)
	const either = "a he, she, his or her may be the child's or someone else's"
	checkTargets(t, r, []targetCase{
		{"Jayden", "Jayden will say sorry to his friend when he has upset him", SafeTarget, `"I have upset me" cannot be right: a he, she, him or her was someone else's`},
		{"Leo", "Leo will notice when a friend is upset and ask them if they are okay", "I will notice when a friend is upset and ask them if they are okay.", ""},
		{"Zara", "Zara will support her friend when she is upset by listening to her", SafeTarget, either},
		{"Amira", "Amira will ask her friend if she is okay when she looks sad", SafeTarget, either},
		{"Jayden", "Jayden will help his friend when he is stuck with his work", SafeTarget, either},
		{"Zara", "Zara will tell her mum where she is going when she goes out with her friends", "I will tell my mum where I am going when I go out with my friends.", ""},
		{"Zara", "Zara will text her mum when she arrives at school", "I will text my mum when I arrive at school.", ""},
		{"Zara", "Zara will ask her mum where she is going", "I will ask my mum where she is going.", ""},
		{"Oliver", "Oliver will stand at a comfortable distance from people when he is talking to them", "I will stand at a comfortable distance from people when I am talking to them.", ""},
		{"Zara", "Zara will listen to her friend's point of view when they disagree", "I will listen to my friend's point of view when we disagree.", ""},
		{"Zara", "Zara will meet her friend at the gate so that they can walk in together", "I will meet my friend at the gate so that we can walk in together.", ""},
		{"Zara", "Zara will join in when the other children play together", "I will join in when the other children play together.", ""},
		{"Zara", "Zara will tell a member of staff if her friend tells her something worrying", "I will tell a member of staff if my friend tells me something worrying.", ""},
		{"Zara", "Zara will answer questions in class when her teacher asks her directly", "I will answer questions in class when my teacher asks me directly.", ""},
		{"Sophie", "Sophie will report anyone who sends her unkind messages on social media", "I will report anyone who sends me unkind messages on social media.", ""},
		{"Sophie", "Sophie will send her homework to her teacher", "I will send my homework to my teacher.", ""},
		{"Ruby", "Ruby will tell Daddy about her day when he picks her up", "I will tell Daddy about my day when he picks me up.", ""},
		{"Amira", "Amira will answer questions about how a character feels and why she feels that way", SafeTarget, "a he, she, his or her may be the child's or the character's"},
		{"Sophie", "Sophie will tell an adult how Goldilocks felt when she saw the bears", SafeTarget, "a he, she, his or her may be the child's or Goldilocks's"},
		{"Amira", "Amira will read with Mr Thomas when he is free", "I will read with Mr Thomas when he is free.", ""},
		{"Jack", "Jack will comfort a friend who is upset by giving him a hug", "I will comfort a friend who is upset by giving him a hug.", ""},
		{"Jack", "Jack will help his friend with his work", "I will help my friend with his work.", ""},
		{"Jack", "Jack will sit next to Tom and help him with his reading", "I will sit next to Tom and help him with his reading.", ""},
		{"Amira", "Amira will copy her key person when she models a sign", "I will copy my key person when she models a sign.", ""},
		{"Amira", "Model simple two-word phrases to Amira during play", SafeTarget, "it says what an adult will do with the child, not the child"},
		{"Freya", "Use objects of reference to prepare Freya for changes", SafeTarget, "it says what an adult will do with the child, not the child"},
		{"Musa", "Support Musa's parents to use the same toilet routine at home", SafeTarget, "it says what an adult will do with the child, not the child"},
		{"Amira", "Support Amira to put on her coat", "I will put on my coat.", ""},
		{"Zofia", "Zofia will develop her understanding of her diagnosis so that she can explain it to others", SafeTarget, `planpack does not know "develop" as something a child does`},
		{"Sam", "Sam will develop the skills to communicate their feelings to a trusted adult", "I will talk about my feelings with a trusted adult.", ""},
		{"Amira", "Encourage Amira to share toys with her friends", "I will share toys with my friends.", ""},
		{"Ben", "Ben will develop the skills to regulate his emotions so that he can remain in class for the whole lesson", "I will calm my feelings so that I can stay in class for the whole lesson.", ""},
		{"Ben", "Ben will develop his fine motor skills so that he can write legibly across the curriculum", "I will write neatly in all my lessons.", ""},
		{"Amira", "Amira will develop her expressive language so that she can retell a story in sequence", "I will retell a story in order.", ""},
		{"Amira", "Amira will develop the confidence to answer questions in front of the class", "I will answer questions in front of the class.", ""},
		{"Amira", "Amira will develop her expressive language", SafeTarget, `planpack does not know "develop" as something a child does`},
		{"Amira", "Use a number line to add numbers to 20", "I will use a number line to add numbers to 20.", ""},
		{"Jack", "Jack will take part in PE activities such as running, jumping and throwing", SafeTarget, `the wording is not finished: "jumping"`},
		{"Noah", "Noah will use pronouns he/she correctly", `I will use pronouns "he" and "she" correctly.`, ""},
		// everyday words and endings
		{"Noah", "Noah will come back to the classroom when an adult asks him to", "I will come back to the classroom when an adult asks me to.", ""},
		{"Ruby", "Ruby will show Mrs Khan her good work and say what she is proud of", "I will show Mrs Khan my good work and say what I am proud of.", ""},
		{"Zara", "Zara will tell her parents if someone asks her to send photos", "I will tell my parents if someone asks me to send photos.", ""},
		{"Sophie", "Sophie will email her teachers if she misses a lesson", "I will email my teachers if I miss a lesson.", ""},
		{"Jayden", "Jayden will accept losing a game without shouting at the other team", SafeTarget, `it still says what the child will not do: "without shouting"`},
		{"Jayden", "Jayden will respond to his name being called by an adult by stopping and looking", SafeTarget, `a staff phrase is left: "calls my name by stopping"`},
		{"Jayden", "To respond to own name by turning and looking when called", "I will reply to my name by turning and looking when called.", ""},
		{"Kacper", "Kacper will stay in the designated areas at break and lunch", "I will stay in the right areas at break and lunch.", ""},
		{"Kacper", "Kacper will follow the school's behaviour policy in lessons", "I will follow the school rules in lessons.", ""},
		{"Sophie", "Sophie will attend a phased return, starting with mornings only", SafeTarget, `a staff phrase is left: "phased return"`},
		{"Kacper", "Kacper will use the take up time given by staff to calm down", SafeTarget, `a staff phrase is left: "take up time"`},
		{"Amira", "Amira will stay in class for the whole lesson with no more than one planned break", SafeTarget, `a staff phrase is left: "no more than"`},
		{"Priya", "Priya will avoid foods containing nuts and check with staff before eating", SafeTarget, `it still says what the child will not do: "avoid"`},
		{"Sam", "Sam will not hit others and will use his words when he is cross", "I will use my words when I am cross.", ""},
		{"Tom", "Tom checks his blood sugar with adult supervision", "I will check my blood sugar with an adult watching.", ""},
		{"Ellie", "Ellie will sit at her table and complete an independent task", "I will sit at my table and finish a task by myself.", ""},
		{"Jay", "Jay checks his writing and corrects 2 errors", "I will check my writing and fix 2 errors.", ""},
		{"Ruby", "Ruby will use her iPad when completing homework", "I will use my iPad when I do homework.", ""},
		{"Leo", "When shown the symbol, Leo will go to the toilet", "I will go to the toilet when shown the symbol.", ""},
		{"Priya", "Priya will carry her hypo kit with her at all times", "I will carry my hypo kit with me all the time.", ""},
		{"Alex", "Alex will use their pass to leave early to avoid the busy corridor", "I will use my pass to leave early to avoid the busy corridor.", ""},
		{"Ethan", "Ethan will write a CV with help from his careers adviser", "I will write a CV with help from my careers adviser.", ""},
		{"Sophie", "Sophie will take her tablets with water at lunchtime under supervision", "I will take my tablets with water at lunchtime with an adult watching.", ""},
		{"Sophie", "Sophie will change her sanitary products independently", "I will change my period products by myself.", ""},
		{"Rowan", "Rowan will take their medication at the right time using a pill organiser", "I will take my medicine at the right time with a pill box.", ""},
		{"Priya", "Priya will change into her PE kit independently in the accessible changing room", "I will change into my PE kit by myself in the accessible changing room.", ""},
		{"Chloe", "Chloe will plan her route on the accessible campus map", SafeTarget, `a long word a young reader may not know is left: "accessible"`},
	})
}

// Learning targets: the skill's own words kept, or the sentence refused.
func TestLearningWords(t *testing.T) {
	r := New(nil)
	checkTargets(t, r, []targetCase{
		{"Amira", "Amira will apply the suffixes -ed and -ing correctly", "I will use the suffixes -ed and -ing correctly.", ""},
		{"Amira", "Amira will use the prefixes un- and dis- in her writing", "I will use the prefixes un- and dis- in my writing.", ""},
		{"Alex", "Alex will spell words ending in -tion", "I will spell words ending in -tion.", ""},
		{"Amira", "Amira will count back from 5 - slowly", SafeTarget, "a dash is left in the sentence"},
		{"Ben", "Ben will identify rhyming words in a set of three pictures", "I will find rhyming words in a set of three pictures.", ""},
		{"Amira", "Amira will recognise and write the time to 5 minutes", "I will read and write the time to 5 minutes.", ""},
		{"Amira", "Amira will recognise 2D shapes in the environment", "I will name 2D shapes around me.", ""},
		{"Alex", "Alex will read and interpret a bar chart", "I will read and understand a bar chart.", ""},
		{"Kacper", "Kacper will estimate answers before calculating", "I will estimate answers before I work it out.", ""},
		{"Kacper", "Kacper will use a times tables grid to support multiplication in lessons", "I will use a times tables grid to help with times tables in lessons.", ""},
		{"Kacper", "Kacper will describe a process in 4 steps using sequencing words", "I will describe a process in 4 steps with time words.", ""},
		{"Jayden", "Jayden will use a memory strategy to learn spellings", "I will use a memory trick to learn spellings.", ""},
		{"Kacper", "Kacper will make 12 months progress in reading comprehension", SafeTarget, `"I will make 12" is not something the child can see themselves do`},
		{"Lily", "Lily will produce two-syllable words with both syllables", "I will say two-syllable words with both syllables.", ""},
		{"Amira", "Amira will write a diary entry in the first person using the past tense", "I will write a diary entry in the first person in the past tense.", ""},
		{"Ben", "Ben will read Phase 4 words with adjacent consonants accurately", SafeTarget, `a word a child may not read is left: "adjacent"`},
		{"Kacper", "Kacper will learn and use 20 high-frequency English words in class", "I will learn and use 20 common English words in class.", ""},
		{"Cerys", "Cerys will write her first and last name independently", "I will write my first and last name by myself.", ""},
		{"Cerys", "Cerys will sit on the carpet without touching peers", "I will sit on the carpet and keep my hands to myself.", ""},
		{"Cerys", "Cerys will use words rather than crying to let adults know what she wants", "I will use words to let adults know what I want.", ""},
		{"Cerys", "Cerys will go on enhanced transition visits to her new school", "I will go on extra visits to my new school.", ""},
		{"Cerys", "Cerys will take part in her transition planning meeting", SafeTarget, `a word a child may not read is left: "transition"`},
		{"Cerys", "Cerys will read CVCe words", SafeTarget, `a word a child may not read is left: "CVCe"`},
		{"Cerys", "Cerys will listen during whole-group instruction", SafeTarget, `a staff phrase is left: "whole-group instruction"`},
		{"Jayden", "Jayden will simplify fractions", "I will simplify fractions.", ""},
		{"Alex", "Alex will use an exclamation mark at the end of a sentence", "I will use an exclamation mark at the end of a sentence.", ""},
		{"Alex", "Alex will learn 5 new vocabulary words each week", "I will learn 5 new words each week.", ""},
		{"Jayden", "Jayden will use a reading pen to access texts", "I will use a reading pen to read texts.", ""},
	})
}

// TestFourteenthRound holds what a fourteenth round of breaking the
// wording found: things' own sounds, a share of school days, structured
// activities, the people around the child once more, and what school
// systems put around a target (numbering, labels, notes for staff).
func TestFourteenthRound(t *testing.T) {
	r := New(nil)
	checkTargets(t, r, []targetCase{
		{"Ailsa", "Ailsa will recognise all the letters of the alphabet and say their sounds", "I will read all the letters of the alphabet and say their sounds.", ""},
		{"Ailsa", "Ailsa will sort the shapes and describe their sides", "I will sort the shapes and describe their sides.", ""},
		{"Chloe", "Chloe will attend school 95% of days each term", "I will attend school every day.", ""},
		{"Euan", "Euan will attend school for a minimum of 80% of sessions", "I will attend school every day.", ""},
		{"Chloe", "Chloe will attend college on 90% of days", "I will attend college every day.", ""},
		{"Madison", "Madison will say the /r/ sound at the start of words in structured activities", "I will say the /r/ sound at the start of words.", ""},
		{"Maisie", "Maisie will give her mum her reading record every night so she can sign it.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Uma", "Uma will tell her mum about her day when she picks her up.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Evie", "Evie will show her mum her work so that she can praise her.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Ashton", "Ashton will let his brother play with his Lego when he asks him.", SafeTarget, "a he, she, his or her may be the child's or the brother's"},
		{"Hope", "Hope will wave goodbye to her mum when she drops her off at the gate", "I will wave goodbye to my mum when she drops me off at the gate.", ""},
		{"Amy", "Amy will tidy her tray when she finishes her work", "I will tidy my tray when I finish my work.", ""},
		{"Ollie", "Ollie will walk with Mr Ali to the hall and stay with him.", SafeTarget, `"and stay with me" cannot be right: a he, she, him or her was someone else's`},
		{"Umi", "Umi will tell her friend when she is upset with her.", SafeTarget, `"I am upset with me" cannot be right: a he, she, him or her was someone else's`},
		{"Ollie", "Ollie will ask a friend to come and play with him", "I will ask a friend to come and play with me.", ""},
		{"Bilal", "Bilal will tell Mrs O'Neill when she asks him how he is feeling.", SafeTarget, `"him" may mean the child`},
		{"Hassan", "Hassan will help his younger brother with his reading at home.", "I will help my younger brother with his reading at home.", ""},
		{"Zuri", "Zuri will sit with her friend Amira and help her to read her book.", "I will sit with my friend Amira and help her to read her book.", ""},
		{"Zuri", "Zuri will ask Mum to help her read her book", "I will ask Mum to help me read my book.", ""},
		{"Cian", "To be able to use my hearing aids every day and tell an adult if they are not working.", "I will use my hearing aids and tell an adult if they are not working.", ""},
		{"Cian", "Cian will put on their shoes when they are ready to go out", "I will put on my shoes when I am ready to go out.", ""},
		{"Riley", "Riley will tell a member of staff if they feel overwhelmed, using their time-out card.", "I will tell a member of staff if I feel overwhelmed, with my time-out card.", ""},
		{"Jack", "Jack will independently recall his 2, 5 and 10 times tables.", "I will remember my 2, 5 and 10 times tables by myself.", ""},
		{"Ria", "Ria will use PECS phase 3 to choose between two items.", "I will use my picture cards to choose between two things.", ""},
		{"Lily", "Target: Lily will independently use her word mat to spell CVC words. Outcome: Lily can spell 10 CVC words.", "I will use my word mat to spell short words by myself.", ""},
		{"Georgie", "Georgie will let her friend choose the game, then she will choose.", "I will let my friend choose the game, then I will choose.", ""},
		{"Georgie", "Georgie will tidy her desk, then she will line up.", "I will tidy my desk, then line up.", ""},
		{"Oscar", "Oscar will use his sensory break card to ask for a break ALWAYS instead of running out of the classroom.", "I will always use my sensory break card to ask for a break.", ""},
		{"Nico", "Nico will use a narrative framework (who, where, when, what happened) to tell a story.", SafeTarget, `a word a child may not read is left: "framework"`},
		{"Yara", "Yara will understand and use the concepts 'big' and 'little'.", SafeTarget, `a word a child may not read is left: "concepts"`},
		{"Finn", "Finn will stay in his seat during maths input.", "I will stay in my seat during the maths lesson.", ""},
		{"Freya", "Freya will use her fidget toy during carpet time to stay seated.  JB to check weekly.", "I will use my fidget toy at carpet time to stay in my seat.", ""},
		{"Leo", "Leo will use the 'now and next' board to transition from play to work. Parents to use at home also.", "I will use the 'now and next' board to move from play to work.", ""},
		{"George", "George will ask an adult for help when he is stuck. He will use his help card. He will do this 3 times a week.", "I will ask an adult for help when I am stuck and use my help card.", ""},
		{"Quinn", "i) Quinn will count to 20 using objects.", "I will count to 20 with objects.", ""},
		{"Megan", "Working towards: using full stops and capital letters consistently.", "I will use full stops and capital letters.", ""},
		{"Mary-Kate", "Mary-Kate will join in with a playground game led by a play leader, 2 x per week.", "I will join in with a playground game led by a play leader.", ""},
		{"Dylan", "Dylan will type his written work on a laptop using Clicker 8 for at least 50% of literacy lessons.", "I will type my written work on a laptop with Clicker 8.", ""},
		{"Niamh", "Niamh will keep her phone in her bag and switched off during lessons.", "I will keep my phone in my bag and switched off during lessons.", ""},
		{"Xavier", "Xavier will say two-syllable words with both syllables, e.g. \"rabbit\" not \"rab\".", "I will say two-syllable words with both syllables, like \"rabbit\" not \"rab\".", ""},
		{"Xavier", "Xavier will say 'yes' not hit", SafeTarget, `it still says what the child will not do: "not"`},
		{"Jordan", "Jordan will meet their coursework deadlines for BTEC Sport with support from their keyworker.", "I will meet my coursework deadlines for BTEC Sport with help from my keyworker.", ""},
		{"Leo", "Leo will understand and use position words by placing objects when asked.", "I will use position words by placing objects when I am asked.", ""},
		{"Maisie", "Maisie will ask her mum to sign her reading record", "I will ask my mum to sign my reading record.", ""},
		{"Ben", "Ben will wait for his brother to finish his turn", "I will wait for my brother to finish his turn.", ""},
		{"Aaliyah", "Aaliyah will make a cup of tea in the food room, using the kettle tipper safely.", SafeTarget, `the wording is not finished: "with the kettle tipper safely"`},
		{"Kai", "Kai will ask a friend to play with them", "I will ask a friend to play with me.", ""},
		{"Kai", "Kai will invite a classmate to sit with them at lunch", "I will invite a classmate to sit with me at lunch.", ""},
		{"Sam", "Sam will ask his friend to play with them", "I will ask my friend to play with them.", ""},
		{"Jacob", "Jacob will accept it when a friend says he doesn't want to play.", "I will accept it when a friend says he doesn't want to play.", ""},
		{"Darcy", "Darcy will recognise when her friend is sad and ask if she is OK.", "I will notice when my friend is sad and ask if she is OK.", ""},
		{"Sam", "Sam will ask if he can go to the toilet", "I will ask if I can go to the toilet.", ""},
		{"Ned", "Ned will let his friend finish his sentence before he speaks.", "I will let my friend finish his sentence before I speak.", ""},
		{"Ned", "Ned will let his dad check his work", "I will let my dad check my work.", ""},
		{"Maya", "Maya will invite a peer to join her game at playtime.", "I will invite another child to join my game at playtime.", ""},
		{"Reggie", "Reggie will let a friend join his game", "I will let a friend join my game.", ""},
		{"Elijah", "Elijah will be able to work as part of a group of 3 so that he can take part in collaborative learning.", SafeTarget, "only 1 word is left of a 22-word target; check it still says what the target is about"},
		{"Lily", "Lily will use her wheelchair to move from the classroom to the hall with adult supervision.", SafeTarget, "it is 17 words long, over 16 for a young reader"},
		{"Nina", "Nina will build her reading stamina", SafeTarget, `a word a child may not read is left: "stamina"`},
		{"Adam", "Adam will be able to manage his diabetes with support, including telling an adult when he feels hypo.", "I will manage my diabetes with support and tell an adult when I feel hypo.", ""},
		{"Tom", "Tom will respond calmly when a peer takes his place in the line.", "I will stay calm when another child takes my place in the line.", ""},
		{"Phoebe", "Phoebe will use her hearing aids so that she can access classroom teaching.", "I will use my hearing aids so that I can join in with lessons.", ""},
		{"Eva", "Eva will wear her sun hat and have sun cream applied before going outside.", "I will wear my sun hat and put on sun cream before I go outside.", ""},
		{"Aaliyah", "Aaliyah will gain confidence in speaking in front of small groups.", "I will feel more confident speaking in front of small groups.", ""},
		{"Maya", "Maya will read and write numbers to 100 in numerals and words.", "I will read and write numbers to 100 in digits and words.", ""},
		{"Toby", "In order to prepare for adulthood, Toby will learn to manage his own money (coins to £1).", "I will learn to manage my own money.", ""},
		{"Joe", "Joe will self-propel his wheelchair along the corridor to the dining hall.", "I will push my wheelchair along the corridor to the dining hall.", ""},
		{"Sienna", "Sienna will manage her own menstrual hygiene with prompts from a trusted adult.", "I will manage my own periods with reminders from a trusted adult.", ""},
		{"Ellie", "Ellie will use her pull-ups and tell staff when they are wet or soiled.", "I will use my pull-ups and tell staff when they are wet or dirty.", ""},
		{"Zara", "Zara will count reliably to 20", "I will count to 20.", ""},
		{"Riley", "Riley can use the calm corner when dysregulated, then return to learning within 5 minutes.", "I will use the calm corner when I feel upset, then go back to my work.", ""},
		{"Dan", "Dan will chew and swallow soft foods safely, following his SaLT eating and drinking plan.", "I will chew and swallow soft foods safely and follow my eating and drinking plan.", ""},
		{"", "Pupil to put up hand and wait to be asked before answering.", "I will put up my hand and wait to be asked before I answer.", ""},
		{"Sienna", "Sienna will stay on task in a paired maths activity with Jack, using a sand timer.", SafeTarget, `the wording is not finished: "with jack, with a sand timer."`},
		{"Summer", "Summer will make a cheese toastie in food tech, using the grill safely w/ oven gloves and staff nearby", SafeTarget, `the wording is not finished: "with the grill safely"`},
		{"Leo", "Leo will give Jack his coat when he asks for it.", SafeTarget, "a he, she, his or her may be the child's or Jack's"},
		{"Leo", "Leo will wait for Jack to finish his turn before he speaks.", "I will wait for Jack to finish his turn before I speak.", ""},
		{"Leo", "Leo will use Clicker when he writes", "I will use Clicker when I write.", ""},
		{"Sam", "Sam to use Numicon to support his understanding of place value", "I will use Numicon to help me understand place value.", ""},
		{"Mia", "Mia will ask Ella if she can play with her toys.", "I will ask Ella if I can play with her toys.", ""},
		{"Noah", "Noah will ask his teacher for help when he is stuck and he will wait for him.", SafeTarget, `"and wait for me" cannot be right: a he, she, him or her was someone else's`},
		{"Noah", "Noah will ask a friend to wait for him", "I will ask a friend to wait for me.", ""},
		{"Alex", "Alex will let their friends choose the game when they ask.", "I will let my friends choose the game when they ask.", ""},
		{"Alex", "Alex will let an adult know when they feel sick", "I will let an adult know when I feel sick.", ""},
		{"Alex", "Alex will tell an adult when theyre worried", "I will tell an adult when I am worried.", ""},
		{"Mia", "mia will use her words when shes angry", "I will use my words when I am angry.", ""},
		{"Leo", "Leo will ask 4 help when hes stuck", "I will ask for help when I am stuck.", ""},
		{"Leo", "Leo will wash his hands b4 lunch", "I will wash my hands before lunch.", ""},
		{"Alice", "A.B. to use a pencil grip when writing for 5 minutes.", "I will use my pencil grip when I write.", ""},
		{"Sam", "Hands to self", "I will keep my hands to myself.", ""},
		{"Sam", "Transitions", SafeTarget, `"Transitions" is one word; write what the child will do`},
		{"Sam", "Sam will write his name with a captial letter", SafeTarget, `a word may be mistyped: "captial"`},
		{"Will", `Will will say "I will try" when he finds a task hard instead of refusing.`, `I will say "I will try" when I find a task hard.`, ""},
		{"Harry", "Harry P. will wait for his turn on the computer.", "I will wait for my turn on the computer.", ""},
		{"Harry", "H. will use a ruler to underline his title.", "I will use a ruler to underline my title.", ""},
		{"Isla", "Isla-Rose will use her words to tell a friend when she is upset.", "I will use my words to tell a friend when I am upset.", ""},
		{"Faith", "Faith will attend Faith club on Friday.", "I will attend Faith club on Friday.", ""},
		{"Tom", "Tom will write his name as Tom on all of his work.", "I will write my name as Tom on all of my work.", ""},
		{"Sam", "Sam will work w/ a partner to solve 3 problems", "I will work with a partner to solve 3 problems.", ""},
		{"Sam", "Sam will use a writing slope + pencil grip", "I will use my writing slope and pencil grip.", ""},
		{"Sam", "Turn taking", "I will take turns.", ""},
		{"Sam", "Tooth brushing", "I will brush my teeth.", ""},
		{"Sam", "Sam will stay on carpet for story", "I will stay on the carpet for story.", ""},
		{"Sam", "Sam will use visual timetable to move to next activity", "I will use my picture timetable to move to the next activity.", ""},
		{"Theo", "Theo will keep hands and feet to himself during carpet time.", "I will keep my hands and feet to myself at carpet time.", ""},
		{"Sam", "Sam will wait until his friend has finished his turn before he takes his", "I will wait until my friend has finished his turn before I take mine.", ""},
		{"Ethan", "Ethan will let the other team take their turn", "I will let the other team take their turn.", ""},
		{"Hannah", "Hannah will say thank you when her friend shares her toys", "I will say thank you when my friend shares her toys.", ""},
		{"Hannah", "Hannah will share her toys when her friend asks", "I will share my toys when my friend asks.", ""},
		{"Max", "Max will use the correct pronoun he/she when talking about other children", `I will use the right pronoun "he" and "she" when I talk about other children.`, ""},
		{"Freya", "Freya will tell adult when shes upset", "I will tell an adult when I am upset.", ""},
		{"Jacob", "Jacob will sit on carpet 4 10 mins", "I will sit on the carpet.", ""},
		{"Reuben", "Reuben will write 5 sentences using a writing frame - AB to check weekly", "I will write 5 sentences with a writing frame.", ""},
		{"Harry", "Harry will complete 10 minutes of independent work without adult support", "I will finish 10 minutes of work by myself.", ""},
		{"Freya", "Freya will use her fidget toy at carpet time. Mrs Khan to support.", "I will use my fidget toy at carpet time.", ""},
		{"Sam", "Sam will read his book. Sam to practise at home with Mum.", "I will read my book and practise at home with Mum.", ""},
		{"Leo", "Leo will tell Dad when he gets home from work what he did at school", SafeTarget, "a he, she, his or her may be the child's or the dad's"},
		{"Poppy", "Poppy will show her work to Mrs Khan when she has finished", SafeTarget, "a he, she, his or her may be the child's or Mrs Khan's"},
		{"Jacob", "Jacob will respond to his name when called by an adult across the room", "I will look when an adult calls my name across the room.", ""},
		{"Freya", "Freya will let her brother choose the film so that he feels included", "I will let my brother choose the film so that he feels included.", ""},
		{"Leo", "Leo will tell Zara when she is hurting him", SafeTarget, "a he, she, his or her may be the child's or Zara's"},
		{"Jack", "jack will read to adult x3 a week", "I will read to an adult 3 times a week.", ""},
		{"Leo", "Leo will use his calm down strategies when upset", "I will use my ways to calm down when I feel upset.", ""},
		{"Poppy", "Poppy will use the toilet independently - parents to support at home", "I will use the toilet by myself.", ""},
		{"Sam", "Sam has used his visual timetable on 4 out of 5 days", "I will use my picture timetable.", ""},
		{"Sam", "Sam will have read 3 books", "I will read 3 books.", ""},
		{"Sam", "Sam has learnt his 2 times table", "I will learn my 2 times table.", ""},
		{"Teddy", "Teddy will climb the steps of the small slide using alternate feet, holding the rail.", SafeTarget, `to be short enough it leaves out "and hold the rail", which keeps the child safe`},
		{"Leo", "Leo will sit on the toilet when taken at set times.", "I will sit on the toilet when I am taken at set times.", ""},
		{"Ali", "Ali will sit next to his key worker, Sarah, during group time.", "I will sit next to my key worker, Sarah, during group time.", ""},
		{"Ava", "Ava will keep her hands to her self", "I will keep my hands to myself.", ""},
		{"Leo", "Leo will use his fidget 2 stay on task", "I will use my fidget to stay on task.", ""},
		{"Yusuf", "yusuf will go to toilet w/o reminder", "I will go to the toilet without reminder.", ""},
		{"Anya", "Anya will work with a partner chosen by the teacher without complaint.", SafeTarget, `it still says what the child will not do: "without complaint"`},
		{"Sam", "Good sitting", "I will sit well.", ""},
		{"Amelie", "Amelie will sit next to her friend Grace and help her when she is stuck.", "I will sit next to my friend Grace and help her when she is stuck.", ""},
		{"Amelie", "Amelie will ask an adult to help her when she is stuck", "I will ask an adult to help me when I am stuck.", ""},
		{"Liam", "Liam will follow the health and safety rules in the college workshop, wearing PPE at all times.", SafeTarget, `to be short enough it leaves out "and wear PPE all the time", which keeps the child safe`},
		{"Ezra", "Ezra will explore the messy play tray with his key person.", "I will explore the messy play tray with my key person.", ""},
		{"Freya", "Freya will not pick at her skin during lessons, and will use her fidget instead.", SafeTarget, `it is about "pick at her skin"; a Child Target needs to be written with care`},
		{"Ava", "Ava will stay in the room and listen without shouting back.", SafeTarget, `it still says what the child will not do: "without shouting"`},
		{"Ashton", "Ashton will stop using his phone during work tasks and keep it in his locker.", SafeTarget, `"keep it" does not say what it is`},
		{"Grace", "Grace will let her brother Max have a turn on the Xbox, Dad reports.", "I will let my brother Max have a turn on the Xbox.", ""},
		{"Seth", "Seth will manage his blood sugar checks with supervision from the school nurse.", "I will manage my blood sugar checks with the school nurse watching.", ""},
		{"Isla", "Isla will show progress in her phonics.", SafeTarget, `a staff phrase is left: "show progress in"`},
		{"Hollie", "Hollie will recall number bonds to 10 within 5 seconds each.", "I will remember number bonds to 10.", ""},
		{"Sam", "Evidenced by TA log: Sam will read 20 tricky words.", "I will read 20 tricky words.", ""},
		{"Sam", "Sam's TA notes that he starts his work within 2 minutes.", "I will start my work.", ""},
		{"Sam", "Sam will ask a shop assistant for an item on a community visit, supported by his key worker.", "I will ask a shop assistant for an item on a community visit.", ""},
		{"Ellis", "Ellis will kick his legs in the pool, supported by 2 staff.", SafeTarget, `the wording is not finished: "supported"`},
		{"Jo", "Jo will take their medication at the right time with a reminder from their phone.", "I will take my medicine at the right time with an alarm on my phone.", ""},
		{"Amber", "Reading age increases from 6y2m to 7y0m on the Salford test.", SafeTarget, `a staff phrase is left: "read age"`},
		{"Joshua", "Joshua will have completed 5 Precision Teaching sessions and can read the target words.", SafeTarget, `the verb "can" is not in the child's own form`},
		{"Hannah", "Hannah will speak at a volume appropriate to the setting.", "I will speak at a volume right for where I am.", ""},
		{"Matilda", "Matilda will identify the initial sounds s, a, t and p.", "I will find the first sounds s, a, t and p.", ""},
		{"Charlie", `Charlie will use "I statements" to tell another child how he feels.`, "I will use 'I' statements to tell another child how I feel.", ""},
		{"Elsie", "Elsie will open her own snack packet at snack time with a start from an adult.", "I will open my own snack packet at snack time with help to start.", ""},
		{"Sam", "Sam will ride his bike. Helmet to be worn at all times.", SafeTarget, `a note after the target says how the child is kept safe ("Helmet to be worn ."); write a Child Target with it`},
		{"Sam", "Sam will use the stairs. Staff to ensure he holds the rail.", SafeTarget, `a note after the target says how the child is kept safe ("Staff to ensure he holds the rail."); write a Child Target with it`},
		{"Sam", "Sam will walk to the minibus with his TA holding his hand.", SafeTarget, `it leaves out how the child is kept safe ("holding his hand"); write a Child Target with it`},
		{"Sam", "Sam will use the scissors. He will do this safely.", SafeTarget, `a note after the target says how the child is kept safe ("He will do this safely."); write a Child Target with it`},
		{"Sam", "Sam will read his book. TA to record in book.", "I will read my book.", ""},
		{"Sam", "T.K. will model the sentence for Sam", SafeTarget, `planpack does not know "t" as something a child does`},
		{"Alice", "A.B. will read 10 words. A.B. to practise at home with Mum.", "I will read 10 words and practise at home with Mum.", ""},
		{"Felix", "Felix will play a game with a friend, letting him win sometimes.", SafeTarget, `"and let me" cannot be right: a he, she, him or her was someone else's`},
		{"Leo", "Leo will give his partner time to finish his sentence.", "I will give my partner time to finish his sentence.", ""},
		{"Lily", "Lily will allow her TA to help her with her coat when she asks her.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		// Said in fewer words ("staff"), nothing need go: "then by
		// myself" stays with its "then".
		{"Holly", "Holly will cross the road safely using the pelican crossing with a member of staff, then independently.", "I will cross the road safely at the pelican crossing with staff, then by myself.", ""},
		{"Kian", "Kian will follow the lab safety rules in science, including wearing goggles when heating substances.", "I will follow the lab safety rules in science and wear goggles when I heat substances.", ""},
		{"James", "James will read his book. JB to practise at home with Mum.", "I will read my book and practise at home with Mum.", ""},
		{"Tom", "Tom will read his book. TA to record in book.", "I will read my book.", ""},
		{"James", "James will wait 4 his turn", "I will wait for my turn.", ""},
		{"James", "James will go 2 the toilet", "I will go to the toilet.", ""},
		{"Sam", "Sam has been able to read 10 words", "I will read 10 words.", ""},
		{"Ella", "Ella will praise Jack when he reads his sentence out loud.", SafeTarget, "a he, she, his or her may be the child's or Jack's"},
		{"Jack", "Jack will ask Mrs Khan how her weekend was.", "I will ask Mrs Khan how her weekend was.", ""},
		{"Jack", "Jack will ask Ella about her holiday and listen to her answer.", SafeTarget, "a he, she, his or her may be the child's or Ella's"},
		{"Ella", "Ella will listen when Jack reads his story.", SafeTarget, "a he, she, his or her may be the child's or Jack's"},
		{"Zara", "Zara will wait for her mum at the gate until she arrives.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Priya", "Priya will greet a classmate by name when she comes into class each morning.", "I will greet a classmate by name when I come into class each morning.", ""},
		{"Sam", "Sam will tell his teacher about his weekend", "I will tell my teacher about my weekend.", ""},
		{"Ruby", "Ruby will wait for her teacher to call her name.", "I will wait for my teacher to call my name.", ""},
		{"Noah", "Noah will let Amir have the ball when it is his turn.", SafeTarget, "a he, she, his or her may be the child's or Amir's"},
		{"Sam", "Sam will wait until it is his turn", "I will wait until it is my turn.", ""},
		{"Oliver", "Oliver will ask Amir before he takes his pens.", SafeTarget, "a he, she, his or her may be the child's or Amir's"},
		{"Oliver", "Oliver will share the iPad with his brother and give it to him after five minutes.", SafeTarget, `"and give it to me" cannot be right: a he, she, him or her was someone else's`},
		{"Sam", "Sam will ask Mrs Khan for help when he is stuck", "I will ask Mrs Khan for help when I am stuck.", ""},
		{"Ella", "Ella will say something kind about Jack's work when he shows it to the class.", SafeTarget, "a he, she, his or her may be the child's or Jack's"},
		{"Sam", "Sam will tidy up after Jack has finished his game.", SafeTarget, "a he, she, his or her may be the child's or Jack's"},
		{"Sam", "Sam will let Mrs Khan know when he is hungry", "I will let Mrs Khan know when I am hungry.", ""},
		{"Freya", "F will go to Forest School on Fridays", "I will go to Forest School on Fridays.", ""},
		{"Gracie", "Gracie will indicate a wet or dirty nappy by touching it or using the 'toilet' sign.", SafeTarget, `"touch it" does not say what it is`},
		{"Sam", "Kind hands", "I will use kind hands.", ""},
		{"Chris", "Chris' coat will be hung on his peg by Chris each morning.", SafeTarget, "it says what is done to the child's things, not what the child does"},
		{"Harry", "Harry will allow his dad to leave at the door without crying.", SafeTarget, `it still says what the child will not do: "without crying"`},
		{"Lily", "Lily has worn her glasses every day, as reported by Mum.", "I will wear my glasses every day.", ""},
	})
}

// A targetCase is staff wording for a named child and the child's
// sentence and self-check reason worked out by hand.
type targetCase struct{ name, staff, want, unsure string }

// checkTargets reports each case whose sentence or reason from
// TargetChecked is not the one worked out by hand.
func checkTargets(t *testing.T, r *Rewriter, cases []targetCase) {
	t.Helper()
	for _, c := range cases {
		if got, unsure := r.TargetChecked(c.staff, c.name); got != c.want || unsure != c.unsure {
			t.Errorf("TargetChecked(%q) = %q, %q; want %q, %q", c.staff, got, unsure, c.want, c.unsure)
		}
	}
}

// TestFifteenthRound holds what a fifteenth round of breaking the
// wording found: strangers and helpers in safety targets, notes in
// brackets that keep a child safe, a "not" before a condition, leave
// given "until he says he can", and scores of the child's own things.
func TestFifteenthRound(t *testing.T) {
	r := New(nil)
	checkTargets(t, r, []targetCase{
		// someone the child is warned about, and whose car it is
		{"Sam", "Sam will tell an adult if a stranger asks him to get in his car.", SafeTarget, "a he, she, his or her may be the child's or the stranger's"},
		{"Sam", "Sam will tell an adult if a man online sends him his picture.", SafeTarget, "a he, she, his or her may be the child's or the man's"},
		{"Sam", "Sam will tell an adult if someone asks him to go with him.", SafeTarget, "a he, she, his or her may be the child's or someone's"},
		{"Amy", "Amy will tell an adult if a woman online asks her to send her a photo.", SafeTarget, "a he, she, his or her may be the child's or the woman's"},
		{"Sam", "Sam will tell an adult if someone is unkind to him.", "I will tell an adult if someone is unkind to me.", ""},
		{"Pip", "Young person will use her transfer board to get onto the toilet.", "I will use my transfer board to get onto the toilet.", ""},
		// a helper's doing after "so she can", for a child who is a she too
		{"Amy", "Amy will tell her TA when she feels shaky so she can give her a snack.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		{"Amy", "Amy will show her TA her blood sugar so she can check it.", SafeTarget, "a he, she, his or her may be the child's or the TA's"},
		{"Amy", "Amy will give her phone to her teacher so she can lock it away.", SafeTarget, "a he, she, his or her may be the child's or the teacher's"},
		{"Sam", "Sam will tell his TA when he feels shaky so she can give him a snack.", "I will tell my TA when I feel shaky so she can give me a snack.", ""},
		{"Mia", "Mia will sit facing her teacher at story time so she can see the teacher's face.", "I will sit facing my teacher at story time so I can see the teacher's face.", ""},
		// someone of the child's sex let do something to a his or her
		{"Amy", "Amy will let her mum brush her hair.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Sam", "Sam will let his dad brush his hair.", SafeTarget, "a he, she, his or her may be the child's or the dad's"},
		{"Amy", "Amy will wait for her mum to give her her medicine.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Sam", "Sam will wait for his mum to give him his medicine.", "I will wait for my mum to give me my medicine.", ""},
		{"Alex", "Alex will stay with their group and their TA on trips.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		// notes in brackets and after the target that keep the child safe
		{"Sam", "Sam will use the oven (wearing oven gloves).", SafeTarget, `a note in brackets says how the child is kept safe ("(wearing oven gloves)"); write a Child Target with it`},
		{"Sam", "Sam will cross the road on trips (adult to hold hand).", SafeTarget, `a note in brackets says how the child is kept safe ("(adult to hold hand)"); write a Child Target with it`},
		{"Sam", "Sam will check his blood sugar before lunch (if under 4, tell an adult straight away).", SafeTarget, `a note in brackets says how the child is kept safe ("(if under 4, tell an adult straight away)"); write a Child Target with it`},
		{"Sam", "Sam will swim in the pool. Staff to ensure an adult is in the water with him.", SafeTarget, `a note after the target says how the child is kept safe ("Staff to ensure an adult is in the water with him."); write a Child Target with it`},
		{"Sam", "Sam will use the oven. Staff to ensure he wears gloves.", SafeTarget, `a note after the target says how the child is kept safe ("Staff to ensure he wears gloves."); write a Child Target with it`},
		{"Sam", "Sam will carry his EpiPen (allergy).", "I will carry my EpiPen.", ""},
		{"Sam", "Sam will swim (adult in the water).", "I will swim.", ""},
		{"Ana", "Ana will choose between two objects of reference (big dice for maths, armband for swimming).", "I will choose between two objects.", ""},
		// a "not" before a condition stays, for the self-check to refuse
		{"Finn", "Finn will go to the sensory room twice a day at set times, not whenever he asks.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Callum", "Callum will use his fidget toy at carpet time, not when he is writing.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Tomasz", "Tomasz will go to the base when he is upset, not whenever he is bored.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Ben", "Ben will go on the climbing frame at playtime, not if it is icy.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Reece", "Reece will wait for the green man, not just when an adult is with him.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Sam", "Sam will use his phone at break, not in lessons.", "I will use my phone at break.", ""},
		{"Sam", "Sam will use his words, not hit out when he is angry.", "I will use my words when I am angry.", ""},
		// leave given until someone says so
		{"Sam", "Sam will wait at the gate until his dad says he can go.", "I will wait at the gate until my dad says I can go.", ""},
		{"Amy", "Amy will wear goggles until the teacher says she can take them off.", "I will wear goggles until the teacher says I can take them off.", ""},
		{"Sam", "Sam will listen when his friend says he can't play.", SafeTarget, "a he, she, his or her may be the child's or the friend's"},
		{"Leo", "Leo will get off the bus when his escort says so.", "I will get off the bus when my escort says so.", ""},
		// the place of a replaced behaviour, and a time in someone else's condition
		{"Sam", "Sam will walk rather than run in the corridor.", "I will walk in the corridor.", ""},
		{"Sam", "Sam will sit at his table rather than lie on the floor.", "I will sit at my table.", ""},
		{"Sara", "Sara will go to the library rather than the playground at lunchtime.", "I will go to the library at lunchtime.", ""},
		{"Amelia", "Amelia will use a calm-down card instead of hiding under the table in maths.", "I will use a calm-down card in maths.", ""},
		{"Nia", "Nia will cross at the lights rather than between parked cars on the way to school.", "I will cross at the lights on the way to school.", ""},
		{"Olly", "Olly (Y5) is to use the toilet at break times rather than during lessons.", "I will use the toilet at break times.", ""},
		{"Ellie", "Ellie will tell an adult instead of touching the broken glass.", "I will tell an adult instead of touching the broken glass.", ""},
		{"Grace", "Grace will say 'I don't want to' instead of hitting", "I will say 'I don't want to' instead of hitting.", ""},
		{"Sophie", "When work is hard, Sophie will ask for help rather than shutting down.", "I will ask for help when work is hard.", ""},
		{"Ollie", "Ollie wears pants instead of a nappy at nursery.", "I will wear pants.", ""},
		{"Owen", "Owen will swim a width of the pool (wearing armbands).", SafeTarget, `a note in brackets says how the child is kept safe ("(wearing armbands)"); write a Child Target with it`},
		{"Evie", "Evie will go to the toilet before PE. Staff to ensure she is accompanied at all times.", SafeTarget, `a note after the target says how the child is kept safe ("Staff to ensure she is accompanied at all times."); write a Child Target with it`},
		{"Amy", "Amy will sit near her teacher so she can see the board.", "I will sit near my teacher so I can see the board.", ""},
		{"Amy", "Amy will hand her work to the teacher so she can mark it.", SafeTarget, "a he, she, his or her may be the child's or the teacher's"},
		{"Leo", "Leo will answer questions, with the TA reading them aloud to him.", "I will answer questions, with the TA reading them aloud to me.", ""},
		{"Tomasz", "Tomasz will phone his mum if the bus does not come within 15 minutes.", "I will phone my mum if the bus does not come within 15 minutes.", ""},
		{"Sam", "Sam will add numbers within 20.", "I will add numbers up to 20.", ""},
		// a Scottish year group's end is a deadline; "only" and "first" before the verb
		{"Mohammed", "Mohammed will read the 100 high frequency words by the end of P2", "I will read the 100 common words.", ""},
		{"Eilidh", "Eilidh will only eat food from her own lunchbox because of her allergy", "I will only eat food from my own lunchbox because of my allergy.", ""},
		// an adult reading for the child is how the child does the task, and is not trimmed
		{"Pip", "Year 3 student will solve addition word problems to 20 using a number line and counters, with the SLSO reading the question aloud.", SafeTarget, `an abbreviation a child may not read is left: "SLSO"`},
		// a time that is all a second action says stays
		{"Aoife", "Aoife will ask for her standing frame after lunch and stand for 20 minutes.", "I will ask for my standing frame after lunch and stand for 20 minutes.", ""},
		// one of two is the point; a count of the tasks leaves the tasks
		{"Lily", "Lily will choose 1 out of 2 objects when asked.", SafeTarget, `a staff measure is left: "1 out of 2"`},
		{"Jamie", "Jamie will complete 3 out of 4 tasks on his visual checklist.", "I will finish the tasks on my picture checklist.", ""},
		// a clock time is no duration; a condition of staff's own is not the stock one's
		{"Thea", "Thea will get her PE kit on and be ready for 5 minutes past nine.", "I will get my PE kit on and be ready for 5 minutes past nine.", ""},
		{"Zara", "Zara will not leave the table until an adult says she may.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Sam", "Will not leave the dinner table until he has finished eating.", "I will stay at the table until I have finished eating.", ""},
		// someone the child asks is not someone the child is warned about
		{"Sam", "Sam will ask someone to help him with his coat.", "I will ask someone to help me with my coat.", ""},
		{"Sam", "Sam will answer if anyone asks him about his day.", "I will answer if anyone asks me about my day.", ""},
		// an adult watching over a knife, the oven, a glue gun or a climb is how the child is kept safe: an adult nearby stays, in those words, and any other way of saying it is refused when lost; stopping at the door is a safety step
		{"Sam", "Sam will use the knife in food tech with an adult nearby.", "I will use the knife in food tech with an adult nearby.", ""},
		{"Isla", "Isla will use the glue gun to make her model (with adult supervision).", SafeTarget, `it leaves out how the child is kept safe ("adult supervision"); write a Child Target with it`},
		{"Cerys", "Cerys will use the bridge hold to cut vegetables, with the teacher watching.", SafeTarget, `it leaves out how the child is kept safe ("with the teacher watching"); write a Child Target with it`},
		{"Sam", "Sam will use the knife safely with an adult nearby.", "I will use the knife safely.", ""},
		{"Sam", "Sam will play on the climbing frame with an adult nearby.", "I will play on the climbing frame with an adult nearby.", ""},
		{"Sam", "Sam will read his book with an adult nearby.", "I will read my book.", ""},
		{"Elsie", "Elsie will climb the steps of the small slide holding both rails, with an adult standing close by.", "I will climb the steps of the small slide holding both rails, with an adult nearby.", ""},
		{"Elsie", "Elsie will climb the steps of the big slide one at a time holding both rails, with an adult standing close by.", SafeTarget, `it leaves out how the child is kept safe ("with an adult standing close by"); write a Child Target with it`},
		{"Pip", "Child to walk from the classroom to the garden holding an adult's hand, stopping at the door.", SafeTarget, `to be short enough it leaves out "and stop at the door", which keeps the child safe`},
		{"Pip", "Child to walk to the garden holding an adult's hand, stopping at the door.", "I will walk to the garden holding an adult's hand and stop at the door.", ""},
		// "another child" in a frame is not the child; the last of a list of position words; "can't" at the end
		{"Sam", "When another child wants the same toy, Sam will share it.", SafeTarget, `"it" comes before what it stands for once the condition goes last`},
		{"Oskar", "Oskar will point to a picture when an adult says under or next to.", "I will point to a picture when an adult says under or next to.", ""},
		{"Elodie", "Elodie will open her crisps, asking an adult if she can't.", "I will open my crisps and ask an adult if I can't.", ""},
		// someone shown where or how to do a thing with a his or her
		{"Ella", "Ella will show Mia where to hang her coat.", SafeTarget, "a he, she, his or her may be the child's or Mia's"},
		{"Sam", "Sam will show Mrs Khan where to find his work.", "I will show Mrs Khan where to find my work.", ""},
		// for a child who is "they", a "them" someone else does something to, or kept with them
		{"Alex", "Alex will tell their key worker if anyone is hurting them.", "I will tell my key worker if anyone is hurting me.", ""},
		{"Alex", "Alex will say 'stop' to peers who are hurting them and move away from them.", SafeTarget, "a they, them or their may be the child's or someone else's"},
		{"Bailey", "Bailey will keep their medication with them on school trips.", SafeTarget, "a they, them or their may be the child's or someone else's"},
		{"Riley", "Riley will tell their parents if someone online asks them for personal information.", SafeTarget, "a they, them or their may be the child's or someone else's"},
		{"Alex", "Alex will ask their friends if they want to play.", "I will ask my friends if they want to play.", ""},
		{"Lou", "Lou will say sorry to their classmates if they hurt them by accident.", "I will say sorry to my classmates if I hurt them by accident.", ""},
		{"Zac", "Zac will copy a circle and a cross after watching an adult draw them.", "I will copy a circle and a cross after I watch an adult draw them.", ""},
		// a group the child asks to do something, doing it; a they with a their of its own after a friend
		{"Avery", "Avery will ask adults to repeat instructions if they speak too quickly.", "I will ask adults to repeat instructions if they speak too quickly.", ""},
		{"Rowan", "Rowan will ask their teachers for help if they are stuck.", "I will ask my teachers for help if I am stuck.", ""},
		{"Jordan", "Jordan will ask their classmates to stop when they don't like what they are doing.", "I will ask my classmates to stop when I don't like what they are doing.", ""},
		{"Jo", "Jo will tell their friend when they have hurt their feelings.", SafeTarget, "a they, them or their may be the child's or someone else's"},
		{"Sam", "Sam will tell their teacher when they have finished their work.", "I will tell my teacher when I have finished my work.", ""},
		// hand in hand, the two of them go; "they all" is a group
		{"Sam", "Sam will hold his sister's hand when they cross the road.", "I will hold my sister's hand when we cross the road.", ""},
		{"Alex", "Alex will hold an adult's hand when they cross the road.", "I will hold an adult's hand when we cross the road.", ""},
		{"Sam", "Sam will hand out the books to their table and make sure they all have one.", SafeTarget, `"they" may mean the child`},
		// home and family: whose phone, who leaves, who sees whom, whose brother
		{"Amira", "Amira will give her mum's phone back to her when she asks for it.", "I will give my mum's phone back to her when she asks for it.", ""},
		{"Kit", "Kit will give his dad's keys back to him when he asks for them.", "I will give my dad's keys back to him when he asks for them.", ""},
		{"Tom", "Tom will stay calm when his dad drops him off and he leaves.", "I will stay calm when my dad drops me off and he leaves.", ""},
		{"Mabel", "Mabel will stay in the garden where her nan can see her.", "I will stay in the garden where my nan can see me.", ""},
		{"Sam", "Sam will help his brother when he asks him.", "I will help my brother when he asks me.", ""},
		{"Reece", "Reece will draw a picture for his dad when he misses him.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		{"Keira", "Keira will help her mum to put her little brother to bed.", SafeTarget, "a he, she, his or her may be the child's or the mum's"},
		{"Sam", "Sam will help his brother with his homework.", "I will help my brother with his homework.", ""},
		{"Joshua", "Joshua will let his cousin choose the game when he visits.", SafeTarget, `"he" may mean the child`},
		{"Nina", "Nina will go to her dad's on Fridays and come back to her mum's on Sundays.", "I will go to my dad's on Fridays and come back to my mum's on Sundays.", ""},
		{"Fatima", "Fatima will read with her older sister and talk about the pictures with her.", SafeTarget, `"with my older sister and talk about the pictures with me" cannot be right: a he, she, him or her was someone else's`},
		{"Vincent", "Vincent will make a cup of tea for his grandad safely, with him watching.", SafeTarget, `"with me watching" cannot be right: a he, she, him or her was someone else's`},
		// what the child keeps away from for safety is never replaced by what comes after it
		{"Lottie", "Lottie will not share her address or school name online, and will tell her mum if anyone asks for it.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Samuel", "Samuel will feed the dog before school without being reminded by his mum.", "I will feed the dog before school without reminders from my mum.", ""},
		// a question the child asks someone about themselves is theirs; words in quotes stay as said
		{"Tom", "Tom will ask a peer what his name is.", "I will ask another child what his name is.", ""},
		{"Edward", "Edward will ask a friend how his weekend was.", "I will ask a friend how his weekend was.", ""},
		{"Maisie", "Maisie will ask a new girl in the class what her name is.", "I will ask a new girl in the class what her name is.", ""},
		{"Jess", "Jess will tell an adult 'He won't stop' when someone keeps poking her.", "I will tell an adult 'He won't stop' when someone keeps poking me.", ""},
		{"Roisin", "Roisin will ask Miss Walsh if she can help her with her coat.", SafeTarget, "a he, she, his or her may be the child's or Miss Walsh's"},
		{"Jack", "Jack will ask Mr Hughes if he can go to the toilet.", "I will ask Mr Hughes if I can go to the toilet.", ""},
		{"Daniel", "Daniel will report what the boy in the story said he would do.", "I will report what the boy in the story said he would do.", ""},
		{"Robbie", "Robbie will tell the teacher that Ben is upset because he lost his game.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		{"Sam", "Sam will tell his teacher he is upset because he lost his game.", "I will tell my teacher I am upset because I lost my game.", ""},
		{"Esme", "Esme will say how her friend might feel when she is left out.", "I will say how my friend might feel when she is left out.", ""},
		{"Sam", "Sam will tell his friend how he feels when he is upset.", "I will tell my friend how I feel when I am upset.", ""},
		{"Rosie", "Rosie will use they/them when talking about more than one person.", `I will use "they" and "them" when I talk about more than one person.`, ""},
		{"Jack", "Jack will ask Can I play? when he wants to join a game at break time.", "I will ask 'Can I play?' when I want to join a game at break time.", ""},
		// success criteria and targets alike: a frame of "only" or "except" stays, "without prompting" is by myself
		{"Zac", "Only after checking with an adult, Zac leaves the classroom.", "I will leave the classroom only after I check with an adult.", ""},
		{"Josh", "Except in PE, Josh keeps his shoes on all day.", "I will keep my shoes on all day except in PE.", ""},
		{"Holly", "Without adult prompting, Holly starts her work within 2 minutes.", "I will start my work by myself.", ""},
		{"Ben", "Ben checks his blood sugar before lunch, supervised by the first aider.", SafeTarget, `it leaves out how the child is kept safe ("supervised"); write a Child Target with it`},
		{"George", "George will walk to the dining hall using his walking frame, accompanied by his TA.", SafeTarget, `it leaves out how the child is kept safe ("accompanied by"); write a Child Target with it`},
		{"Jake", "Jake completes his homework on time and his parents sign his planner.", SafeTarget, `a second subject is left: "and my parents sign"`},
		{"Jake", "Jake will read with his mum and talk about the story.", "I will read with my mum and talk about the story.", ""},
		{"Jack", "Record of Jack's reading on the reading app shows 3 sessions a week.", SafeTarget, `it is the record staff keep, not something the child does: "record of"`},
		{"Rhiannon", "Rhiannon completes her work placement at the café with 90% attendance.", "I will finish my work placement at the café.", ""},
		{"Cormac", "Cormac uses his AT laptop for written work.", "I will use my AT laptop for written work.", ""},
		{"Archie", "When given a choice of two activities, Archie can choose one by pointing.", SafeTarget, `"choose one" does not say of what`},
		{"Nina", "Nina can read the text aloud, but only when given the text the day before.", SafeTarget, `the wording is not finished: it ends on "but only"`},
		{"Kieran", "Kieran travels independently by bus from home to college, as confirmed by his travel trainer.", "I will travel by myself by bus from home to college.", ""},
		{"Sam", "Sam will follow the visual timetable with no adult prompting for a full week.", "I will follow the picture timetable with no adult reminders.", ""},
		// a mum named in a condition put last, and a "she" ahead of her
		{"Ava", "If Mum is late, Ava will wait in the office until she arrives.", SafeTarget, `"she" comes before what it stands for once the condition goes last`},
		{"Ava", "If Mum is late, Ava will wait in the office with Mrs Kelly until she arrives.", SafeTarget, `"she" comes before what it stands for once the condition goes last`},
		// over-reach probe of this round's rules
		{"Maisie", "Maisie will go to the toilet accompanied by an adult.", "I will go to the toilet with an adult.", ""},
		{"Jessica", "Jessica will take her inhaler before PE, supervised by the school nurse.", SafeTarget, `it leaves out how the child is kept safe ("supervised"); write a Child Target with it`},
		{"Mason", "Mason will hold his grandad's hand and stay where he can see him.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		{"Joe", "If Mum is late, Joe will wait in the office until the staff phone her.", SafeTarget, `"her" comes before what it stands for once the condition goes last`},
		{"Isla", "Isla will hold an adult's hand while they are in the car park.", "I will hold an adult's hand while we are in the car park.", ""},
		{"Freya", "Freya will hold an adult's hand when they ask her to cross the road.", "I will hold an adult's hand when they ask me to cross the road.", ""},
		{"Ryan", "Ryan will notice when a friend is sad and ask him if he is okay.", "I will notice when a friend is sad and ask him if he is okay.", ""},
		{"Josh", "Josh will check on a classmate who is hurt and ask him if he needs help.", "I will check on a classmate who is hurt and ask him if he needs help.", ""},
		{"Kate", "Without an adult, Kate will not leave the classroom.", SafeTarget, `it still says what the child will not do: "not"`},
		{"Conor", "Without his ear defenders, Conor will stay in the hall for assembly.", "I will stay in the hall for assembly without my ear defenders.", ""},
		{"Zoe", "Without being reminded, Zoe will bring her PE kit on Mondays.", "I will bring my PE kit on Mondays without reminders.", ""},
		{"Kofi", "Kofi will put his hand up to answer a question in 3 lessons.", "I will put my hand up to answer a question.", ""},
		// things that stop working or break are the things
		{"Pip", "Pupil to wear their hearing aids every day and tell staff if they stop working.", "I will wear my hearing aids every day and tell staff if they stop working.", ""},
		{"Sam", "Sam will wear his glasses and tell an adult if they break.", "I will wear my glasses and tell an adult if they break.", ""},
		// "and walk in with her" after someone else is theirs
		{"Lily", "Lily will meet her mentor at the side gate and walk in with her.", SafeTarget, `"and walk in with me" cannot be right: a he, she, him or her was someone else's`},
		{"Sam", "Sam will ask a friend to come and play with him.", "I will ask a friend to come and play with me.", ""},
		// the Irish special needs assistant is the child's own adult
		{"Cian", "Cian will manage his own coat, bag and lunchbox at the start of the day, with the SNA only watching.", "I will manage my coat, bag and lunchbox, with the SNA only watching.", ""},
	})
}

// TestOtherPeoplesWords holds who a he, she or they is when the target
// names someone else as well: what the child is told to do, a visitor,
// the one the child helps, what other people take, and those who do
// something to a child who is "they".
func TestOtherPeoplesWords(t *testing.T) {
	r := New(nil)
	checkTargets(t, r, []targetCase{
		// what the child asks to be told to do is the child's
		{"Harry", "Harry will ask his teacher what he should do next.", "I will ask my teacher what I should do next.", ""},
		{"Mia", "Mia will ask her TA what she has to do next.", "I will ask my TA what I have to do next.", ""},
		{"Sam", "Sam will ask his partner what he thinks.", "I will ask my partner what he thinks.", ""},
		// what someone else says the child may or must do: either's
		{"Lewis", "Lewis will let an adult know if someone says he can't play.", SafeTarget, "a he, she, his or her may be the child's or someone's"},
		{"Erin", "Erin will tell the teacher if Amy says she can't play.", SafeTarget, "a he, she, his or her may be the child's or Amy's"},
		{"Erin", "Erin will tell her teacher if Tom says he can't play.", "I will tell my teacher if Tom says he can't play.", ""},
		// "tell X that he …" is "tell X he …"
		{"Tom", "Tom will tell Mr Hughes that he feels sick.", "I will tell Mr Hughes that I feel sick.", ""},
		{"Mia", "Mia will tell Mrs Jones that she did not understand the task.", "I will tell Mrs Jones that I did not understand the task.", ""},
		{"Sam", "Sam will tell Jack that he did a good job.", "I will tell Jack that he did a good job.", ""},
		// one named by name, and a he doing something to him: either may be the child
		{"Leo", "Leo will say sorry to Jack if he hurts him.", SafeTarget, "a he, she, his or her may be the child's or Jack's"},
		{"Amy", "Amy will say sorry to Ella if she upsets her.", SafeTarget, "a he, she, his or her may be the child's or Ella's"},
		// a his or her after one named who does something to it
		{"Ben", "Ben will wait for Mr Hughes to finish his lesson input before he starts his work.", SafeTarget, "a he, she, his or her may be the child's or Mr Hughes's"},
		{"Noah", "Noah will sit with Oliver and listen to him read his book.", SafeTarget, "a he, she, his or her may be the child's or Oliver's"},
		{"Emily", "Emily will help her friend Priya tidy her tray.", SafeTarget, "a he, she, his or her may be the child's or Priya's"},
		{"Sofia", "Sofia will hang her coat on her peg and then help Mia hang hers.", SafeTarget, "a he, she, his or her may be the child's or Mia's"},
		{"Noah", "Noah will ask Mum to check his bag for his PE kit each night.", "I will ask Mum to check my bag for my PE kit each night.", ""},
		{"Amelia", "Amelia will invite Grace to join her game at break.", "I will invite Grace to join my game at break.", ""},
		// a place after ", instead of …" is only what it replaces
		{"Seren", "Seren will tell Mr Jones when her friends leave her out, instead of hiding in the toilets.", "I will tell Mr Jones when my friends leave me out.", ""},
		// an adult named by their role, before the first he or she
		{"Hannah", "Hannah will look at the interviewer when he asks her a question.", SafeTarget, `"he" may mean the child`},
		{"Eilidh", "Eilidh will tell her friend what Miss Ross said she has to do next.", SafeTarget, "a he, she, his or her may be the child's or Miss Ross's"},
		{"Felix", "Felix will wait at the table until Mr Reid says he is free to help.", "I will wait at the table until Mr Reid says he is free to help.", ""},
		{"Sam", "Sam will wait at the gate until his dad says he can go.", "I will wait at the gate until my dad says I can go.", ""},
		{"Niamh", "Niamh will wait quietly until her TA says she is ready to help her.", "I will wait quietly until my TA says she is ready to help me.", ""},
		// a visitor
		{"Toby", "Toby will let his friend go first when he comes to play.", "I will let my friend go first when he comes to play.", ""},
		{"Rhys", "Rhys will speak Welsh with his taid when he visits on Sundays.", "I will speak Welsh with my taid when he visits on Sundays.", ""},
		{"Rhys", "Rhys will phone his taid when he feels lonely.", "I will phone my taid when I feel lonely.", ""},
		{"Ava", "Ava will hang up her coat when she comes in from play.", "I will hang up my coat when I come in from play.", ""},
		// the things of the one the child helps
		{"Amelia", "Amelia will help Miss Jones to give out her books.", "I will help Miss Jones to give out her books.", ""},
		{"Zoe", "Zoe will help a younger child find her coat.", "I will help a younger child find her coat.", ""},
		{"Sam", "Sam will help his dad wash his car.", "I will help my dad wash his car.", ""},
		{"Ella", "Ella will help Mr Khan put away her books.", "I will help Mr Khan put away my books.", ""},
		{"Sam", "Sam will ask an adult to help him find his water bottle.", "I will ask an adult to help me find my water bottle.", ""},
		{"Ciara", "Ciara will ask a friend if she can join her game.", "I will ask a friend if I can join her game.", ""},
		// a child who is "they": those who do it to "them", what they take
		{"Rowan", "Rowan will respond when their friends talk to them.", "I will answer when my friends talk to me.", ""},
		{"Robin", "Robin will tell Mrs Patel if a boy in their class is unkind to them.", "I will tell Mrs Patel if a boy in my class is unkind to me.", ""},
		{"Sam", "Sam will give out the books and say thank you when the children take them.", "I will give out the books and say thank you when the children take them.", ""},
		{"Alex", "Alex will tell staff if other children take their things.", "I will tell staff if other children take my things.", ""},
		{"Alex", "Alex will share the toys and let others take their turn.", "I will share the toys and let others take their turn.", ""},
		{"Riley", "Riley will wait for their group to finish before they start.", "I will wait for my group to finish before I start.", ""},
		{"Sasha", "Sasha will wait for adults to finish speaking before they ask a question.", "I will wait for adults to finish speaking before I ask a question.", ""},
		// what the one listened to said, and who is meant after "tell Sam he …"
		{"Jamie", "Jamie will listen to Mr Clarke and repeat back what he said.", "I will listen to Mr Clarke and repeat back what he said.", ""},
		{"Aoife", "Aoife will listen to her friend and say back what she said.", "I will listen to my friend and say back what she said.", ""},
		{"Sam", "Sam will tell an adult what he said to Jack.", "I will tell an adult what I said to Jack.", ""},
		{"Sam", "Sam will listen to the teacher and do what he says.", "I will listen to the teacher and do what he says.", ""},
		{"Toby", "Toby will tell Sam he did a good job.", "I will tell Sam he did a good job.", ""},
		{"Toby", "Toby will tell his friend he played well.", "I will tell my friend he played well.", ""},
		{"Niamh", "Niamh will tell her friend she looks nice.", "I will tell my friend she looks nice.", ""},
		{"Finn", "Finn will tell Mr Ahmed he needs a movement break.", "I will tell Mr Ahmed I need a movement break.", ""},
		{"Toby", "Toby will tell Mr Cole he is ready to start.", "I will tell Mr Cole I am ready to start.", ""},
		{"Sam", "Sam will tell the teacher he is stuck.", "I will tell the teacher I am stuck.", ""},
		{"Sam", "Sam will tell his friend he is next.", SafeTarget, "a he, she, his or her may be the child's or someone else's"},
		{"Sofia", "Sofia will tell someone she trusts if she feels sad.", "I will tell someone I trust if I feel sad.", ""},
		{"Jamie", "Jamie will tell his sister he is sorry when he upsets her.", "I will tell my sister I am sorry when I upset her.", ""},
		// the answer of the one asked, and what a name says of itself
		{"Mohammed", "Mohammed will ask a friend to play and accept it if he says no.", "I will ask a friend to play and accept it if he says no.", ""},
		{"Jade", "Jade will respect her partner's answer if she says no.", "I will respect my partner's answer if she says no.", ""},
		{"Lucy", "Lucy will accept it when Sophie says she doesn't want to play.", "I will accept it when Sophie says she doesn't want to play.", ""},
		{"Sam", "Sam will ask to go out and stay calm if he is told no.", "I will ask to go out and stay calm if I am told no.", ""},
		// whom the child asks is not the child
		{"Kieran", "Kieran will sit with his buddy, Josh, at lunch and ask him about his weekend.", "I will sit with my buddy, Josh, at lunch and ask him about his weekend.", ""},
		{"Sam", "Sam will ask an adult to talk to him about his worries.", "I will ask an adult to talk to me about my worries.", ""},
		// a newcomer's own things; an adult's signal
		{"Cerys", "Cerys will show a new girl where her peg is.", "I will show a new girl where her peg is.", ""},
		{"Cerys", "Cerys will show her teacher where her work is.", "I will show my teacher where my work is.", ""},
		{"Jayden", "Jayden will line up when the lunchtime supervisor blows her whistle.", SafeTarget, `"her" may mean the child`},
		{"Sam", "Sam will line up when he hears the whistle.", "I will line up when I hear the whistle.", ""},
		// whose it is when the child would have said "herself"; what is
		// said to be someone's; the asked one's answer and week
		{"Imogen", "She will hand her phone to Miss Grant at the start of the lesson and collect it from her at the end.", "I will hand my phone to Miss Grant and collect it from her at the end.", ""},
		{"Evie", "Evie will sit with her key worker, Sarah, and share a book with her.", "I will sit with my key worker, Sarah and share a book with her.", ""},
		{"Amy", "Amy will take her coat with her.", "I will take my coat with me.", ""},
		{"Ollie", "Ollie will give the toy back when Freddie says it is his.", "I will give the toy back when Freddie says it is his.", ""},
		{"Jack", "To ask a peer to play at break time and accept their answer.", "I will ask another child to play at break time and accept their answer.", ""},
		{"Scarlett", "Scarlett will phone her Nan on Sundays and ask her how her week has been.", "I will phone my Nan on Sundays and ask her how her week has been.", ""},
		// a thing looked for is found, not worked out
		{"Marcus", "Marcus will greet customers and help them find what they are looking for.", "I will greet customers and help them find what they are looking for.", ""},
		{"Sam", "Sam will find what he needs in his tray.", "I will find what I need in my tray.", ""},
		{"Sam", "Sam will identify what he needs to do next.", "I will work out what I need to do next.", ""},
		{"Sam", "Sam will identify what makes him cross.", "I will work out what makes me cross.", ""},
	})
}

// A sentence too long to read is said in fewer words where that loses
// nothing the child does; one short enough keeps the staff's words.
func TestTighten(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ staff, want string }{
		{"Sam will set a phone alarm to take his medication at lunchtime without a reminder from staff.",
			"I will set a phone alarm to take my medicine at lunchtime without a reminder."},
		{"Sam will use his sloping board and thick pen for writing tasks without being reminded by the classroom assistant.",
			"I will use my sloping board and thick pen for writing tasks without reminders."},
		{"Sam will walk away and tell a member of staff when someone makes comments about his family.",
			"I will walk away and tell staff when someone makes comments about my family."},
		{"Sam will start and do up the zip on his coat before going out to play.",
			"I will start and do up the zip on my coat before playtime."},
		{"Sam will ask his supervisor, Sandra, what to do next when he finishes a task at his placement.",
			"I will ask Sandra what to do next when I finish a task at my placement."},
		{"Sam will listen to the instructions and repeat them back to his TA before he starts work.",
			"I will listen to the instructions and repeat them to my TA before I start work."},
		{"Sam will wash his brush and hang his apron on the red peg when he has finished.",
			"I will wash my brush and hang my apron on the red peg when I finish."},
		{"Sam will go to the line with his ear defenders on when the fire bell rings at school.",
			"I will line up with my ear defenders on when the fire bell rings at school."},
		{"Sam will tolerate sitting next to a friend in assembly and keep his hands in his lap.",
			"I will sit next to a friend in assembly and keep my hands in my lap."},
		{"Sam will wash up his own plate, cup and cutlery after break in the life skills room.",
			"I will wash up my plate, cup and cutlery after break in the life skills room."},
		{"Sam will repeat it back to the adult in his own words before he starts the task.",
			"I will repeat it back to the adult in my words before I start the task."},
		// Said in fewer words, a second action need not go.
		{"Sam will count out the correct money to pay for items up to £5 and check his change.",
			"I will count out the right money for things up to £5 and check my change."},
		// "On my own" is by myself, and stays.
		{"Sam will go to the office on his own and hand in his own money to Ann.",
			"I will go to the office on my own and hand in my money to Ann."},
		// Short enough as it is: the staff's words stay.
		{"Sam will tell a member of staff when he is upset.",
			"I will tell a member of staff when I am upset."},
		{"Sam will ask for help if he needs it.",
			"I will ask for help if I need it."},
	} {
		if got, why := r.TargetChecked(c.staff, "Sam"); got != c.want || why != "" {
			t.Errorf("TargetChecked(%q)\n got %q (%s)\nwant %q", c.staff, got, why, c.want)
		}
	}
	// Never by dropping what makes the target one to write with care.
	staff := "Sam will tell his foster carer, Julie, if he has a detention so she knows he will be late."
	if got, why := r.TargetChecked(staff, "Sam"); got != SafeTarget || why != `it is about "foster"; a Child Target needs to be written with care` {
		t.Errorf("TargetChecked(%q) = %q, %q; want the safe sentence, refused as a care topic", staff, got, why)
	}
}

// A tool given in a frame staff put first is what the child uses; what
// else is given goes with the frame, as before.
func TestGivenTool(t *testing.T) {
	r := New(nil)
	for _, c := range []struct{ staff, want string }{
		{"Given scissors and a 1/4-inch line, the student will cut along the line with deviations of less than 1/8 inch in 4 of 5 trials.",
			"I will use scissors to cut along the line."},
		{"By the end of the autumn term, given scissors, Sam will cut out a circle with deviations of less than 1/4 inch in 4 of 5 trials as measured by the OT.",
			"I will use scissors to cut out a circle."},
		// What is left without the tool passes, so it stays as it was:
		// the tool is said only when the sentence needs it.
		{"Given a visual timetable and adult modelling, Sam will move between activities without distress on 4 out of 5 days.",
			"I will move between activities calmly."},
		// Not a tool: the frame goes.
		{"Given a list of 10 sight words, Sam will read each word aloud to an adult.",
			"I will read each word aloud to an adult."},
		// With the tool it would be refused ("organizer" is a long word),
		// so the frame goes as before.
		{"Given a graphic organizer, Sam will write a story with a beginning, middle and end.",
			"I will write a story with a beginning, middle and end."},
	} {
		w := r.TargetWording(c.staff, "Sam")
		if w.Sentence != c.want || w.Unsure != "" {
			t.Errorf("TargetWording(%q) = %q (unsure %q), want %q", c.staff, w.Sentence, w.Unsure, c.want)
		}
		if got := r.Target(c.staff, "Sam"); got != c.want {
			t.Errorf("Target(%q) = %q, want %q", c.staff, got, c.want)
		}
	}
	for _, staff := range []string{
		"Given a list of local flats and their monthly rent, Sam will say which flat would be the best fit.",
		"Given visual and verbal cues, Sam will follow all steps of the morning routine.",
		"Sam will cut along the line, given scissors.",
	} {
		if got := givenTool(staff); got != "" {
			t.Errorf("givenTool(%q) = %q, want none", staff, got)
		}
	}
}
