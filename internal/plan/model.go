// Package plan is planpack's domain: the pupils on the SEN register, their
// targets, the adults who care for them, last term's reviews, and the
// households that letters go to. It turns the rows that package sheet read
// into these types and validates them, reporting every problem with the
// cell it came from.
package plan

import (
	"strings"
	"time"

	"planpack/internal/diag"
)

// School is everything read from one input, pupils in print order:
// reg group, then legal surname, then forename, then Pupil ID.
type School struct {
	Source string // the input path as the user gave it
	Pupils []*Pupil
	// Read says how each sheet was read: the system it looks like and
	// which header fed each field, for check to show.
	Read []string
}

// Pupil is one child on the SEN register and their plan for the term.
type Pupil struct {
	ID  string // the school's admission number; the key joining the sheets
	UPN string // never printed on anything that goes home, never in file names

	LegalForename     string
	LegalSurname      string
	PreferredForename string // empty when the school gave none
	// Pronouns are "he", "she" or "they" as the school gives them (or a
	// gender its system exports), else "".
	Pronouns string
	// WordingPronouns are the pronouns the child's sentences were made
	// with: Pronouns, else those the pupil's targets call the child by
	// when they all agree, else "".
	WordingPronouns string

	DOB          time.Time
	Year         string // normalised: "N1", "N2", "R", "1" … "14"
	RegGroup     string
	ClassTeacher string

	SENStatus     string // "K" (SEN support) or "E" (EHC plan); "N" only with a warning
	PrimaryNeed   string // upper-case code: SPLD, MLD, … or ""
	SecondaryNeed string
	PlanType      string // iep, ilp, itp, myplan, myplanplus, profile
	KeyAdult      string

	Strengths    string
	Interests    string
	WhatMatters  string
	HowToHelp    string
	Needs        string
	OtherSupport string
	ChildViews   string
	ParentViews  string
	HomeLanguage string

	Targets  []*Target  // in Target No order
	Contacts []*Contact // in Priority order
	Reviews  []*Review  // last term's outcomes, in Target No order

	Pos diag.Pos // the pupil's row
}

// Forenames are the names staff may call the child by in a target: the
// legal forename and the preferred one when it differs.
func (p *Pupil) Forenames() []string {
	names := []string{p.LegalForename}
	if p.PreferredForename != "" && p.PreferredForename != p.LegalForename {
		names = append(names, p.PreferredForename)
	}
	return names
}

// Forename is the name the child goes by: preferred if given, else legal.
// It is used in every child- and parent-facing text.
func (p *Pupil) Forename() string {
	if p.PreferredForename != "" {
		return p.PreferredForename
	}
	return p.LegalForename
}

// Name is the child's everyday full name, "Preferred Surname".
func (p *Pupil) Name() string { return p.Forename() + " " + p.LegalSurname }

// LegalName is the full legal name, for staff copies.
func (p *Pupil) LegalName() string {
	if p.PreferredForename != "" && !strings.EqualFold(p.PreferredForename, p.LegalForename) {
		return p.LegalForename + " (" + p.PreferredForename + ") " + p.LegalSurname
	}
	return p.LegalForename + " " + p.LegalSurname
}

// Area is an area of need from the SEND Code of Practice.
type Area string

const (
	CommunicationInteraction Area = "Communication and interaction"
	CognitionLearning        Area = "Cognition and learning"
	SEMH                     Area = "Social, emotional and mental health"
	SensoryPhysical          Area = "Sensory and/or physical"
)

// Areas lists the four areas in Code of Practice order.
var Areas = []Area{CommunicationInteraction, CognitionLearning, SEMH, SensoryPhysical}

// TargetDetails is what the Targets sheet says about a target and what a
// Reviews row repeats of last term's, so a target carried forward can be
// made from its review. A column both sheets hold is a field here, read
// by one reader and written by one writer.
type TargetDetails struct {
	Area Area

	Text         string // staff wording
	ChildTarget  string // as the school wrote it; empty if not given
	Success      string // staff wording of the success criteria
	ChildSuccess string // as the school wrote it; empty if not given

	Baseline  string
	Provision string
	Who       string
	HowOften  string
	Where     string
	Evidence  string
	Group     string
	// Cost is what the provision costs a term beyond staff time (an
	// outside service, a resource); 0 when none is given.
	Cost float64
}

// Target is one SMART target with the help that goes with it.
type Target struct {
	No int
	TargetDetails

	// IWill and ICan are the child's own sentences ("I will …", "I can …"):
	// ChildTarget/ChildSuccess when given, otherwise rewritten by package
	// phrase. Filled in by Load.
	IWill string
	ICan  string
	// IWillUnsure and ICanUnsure say why the rewritten sentence was
	// refused by its self-check; IWill then holds the phrase package's
	// safe sentence, and ICan the child's target as "I can …" when that
	// was vouched for whole, else the safe sentence. Empty when the
	// sentence passed or the school wrote its own.
	IWillUnsure string
	ICanUnsure  string
	// IWillDraft and ICanDraft are the refused sentences, for check to
	// offer as a start; never printed. Empty unless the sentence was
	// refused with wording to start from.
	IWillDraft string
	ICanDraft  string
	// IWillDraftLeftOut and ICanDraftLeftOut are what a draft leaves out
	// when the sentence was refused for its length alone and the draft is
	// a shorter one; empty otherwise.
	IWillDraftLeftOut string
	ICanDraftLeftOut  string
	// IWillLeftOut and ICanLeftOut are an action the rewritten sentence
	// leaves out to be short enough to read, which check shows a SENCo;
	// empty otherwise.
	IWillLeftOut string
	ICanLeftOut  string
	// IWillTwo and ICanTwo are the whole staff wording as two short
	// sentences, when one was too long to read, for check to offer; never
	// printed unless the school writes them in. Empty otherwise.
	IWillTwo string
	ICanTwo  string

	TargetDate time.Time // zero: the review date applies

	// CarriedForward is set when last term's review carried this target on;
	// Previous is that review.
	CarriedForward bool
	Previous       *Review

	Pos diag.Pos // the target's row
}

// Contact is an adult connected with the pupil.
type Contact struct {
	Title        string
	Forename     string
	Surname      string
	Salutation   string // as the school wrote it, e.g. "Dear Jo"; overrides the built one
	Addressee    string // as the school wrote it, e.g. "Mr and Mrs A West"; the envelope's name line
	Relationship string
	Priority     int // 1 first; 0 when not given (sorted last)

	ParentalResponsibility bool
	LivesWithPupil         bool
	SendPost               bool // false only when the school wrote N

	Address  []string // Address 1–3, empty lines dropped
	Town     string
	County   string
	Postcode string
	Email    string

	HomeLanguage string

	Pos diag.Pos
}

// Outcome is how far a reviewed target was met.
type Outcome string

const (
	Achieved Outcome = "achieved"
	Partly   Outcome = "partly"
	NotYet   Outcome = "not yet"
)

// Review is last term's outcome for one target.
type Review struct {
	TargetNo     int
	Outcome      Outcome // "" when not yet recorded
	Rating       int     // 1–3, 0 when not given
	Comment      string
	CarryForward bool

	// The rest of last term's target, as the Reviews row repeats it
	// (next-term.xlsx fills these in), Text being its wording: a target
	// carried forward that this term's Targets sheet does not hold is
	// made from them. Its Target Date is not repeated: it has passed.
	TargetDetails

	Pos diag.Pos
}

// Household is one letter's worth of recipients: the contacts who share an
// address, for one pupil (or, with combine_siblings, for several).
type Household struct {
	Pupils   []*Pupil
	Contacts []*Contact // empty: "To the parent/carer of …", addressed via the class

	NameLine   string   // "Mr and Mrs J Smith"
	Address    []string // address lines, post town in capitals, county, postcode last
	Salutation string   // "Dear Mr and Mrs Smith"
	Language   string   // home language for the letter template, "" for the default
}
