package plan

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"planpack/internal/config"
)

// Households decides who gets a letter about each pupil. Contacts who may
// receive post (Send Post not N and, unless letters.recipients is
// "all-contacts", holding parental responsibility) are grouped by address:
// people at the same address share one joint letter, people at different
// addresses each get their own. A pupil with nobody to post to gets one
// letter sent home in the book bag, addressed via the class.
//
// With letters.combine_siblings, brothers and sisters whose letters would go
// to the same people at the same address share one letter.
//
// The result is in posting order: by the first pupil's reg group, legal
// surname, forename and ID, then by the contacts' priority.
func Households(pupils []*Pupil, cfg *config.Config) []*Household {
	if cfg == nil {
		cfg = config.Default()
	}
	sorted := slices.Clone(pupils)
	// The same order as the plans: letters and plans come off the printer
	// together.
	slices.SortStableFunc(sorted, PupilOrder)

	var out []*Household
	// Households that siblings may join, by postcode and people.
	joinable := map[string][]*Household{}
	for _, p := range sorted {
		rs := recipients(p, cfg)
		if len(rs) == 0 {
			out = append(out, bookBag(p, nil, cfg))
			continue
		}
		for _, g := range groupByAddress(rs) {
			if g.addr.empty() {
				// Nobody with an address: home in the book bag, never
				// combined with a sibling in another class.
				out = append(out, bookBag(p, g.contacts, cfg))
				continue
			}
			if !cfg.Letters.CombineSiblings {
				out = append(out, posted(p, g.contacts))
				continue
			}
			k := g.addr.postcode + "|" + peopleKey(g.contacts)
			joined := false
			for _, h := range joinable[k] {
				if sameAddress(parseAddress(h.Contacts[0]), g.addr) {
					h.Pupils = append(h.Pupils, p)
					joined = true
					break
				}
			}
			if !joined {
				h := posted(p, g.contacts)
				joinable[k] = append(joinable[k], h)
				out = append(out, h)
			}
		}
	}
	return out
}

// recipients returns the contacts who may be sent post about p, in
// priority order (no priority last).
func recipients(p *Pupil, cfg *config.Config) []*Contact {
	all := cfg.Letters.Recipients == "all-contacts"
	var out []*Contact
	for _, c := range p.Contacts {
		if c == nil || !c.SendPost || (!all && !c.ParentalResponsibility) {
			continue
		}
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b *Contact) int {
		return cmp.Compare(priorityRank(a.Priority), priorityRank(b.Priority))
	})
	return out
}

// priorityRank orders contacts by Priority, those with none after those
// with one.
func priorityRank(p int) int {
	if p <= 0 {
		return int(^uint(0) >> 1)
	}
	return p
}

type addressGroup struct {
	addr     address // the first contact's
	contacts []*Contact
}

// groupByAddress keeps the contacts' order: a group appears where its first
// (highest priority) member is.
func groupByAddress(cs []*Contact) []addressGroup {
	var out []addressGroup
next:
	for _, c := range cs {
		a := parseAddress(c)
		for i := range out {
			if sameAddress(out[i].addr, a) {
				out[i].contacts = append(out[i].contacts, c)
				continue next
			}
		}
		out = append(out, addressGroup{addr: a, contacts: []*Contact{c}})
	}
	return out
}

// address is a contact's address in the form used to tell whether two
// contacts live together: case, spacing and punctuation are ignored,
// common street abbreviations are expanded ("Rd" is "Road") and the
// postcode is compared without its space.
type address struct {
	postcode string   // upper case, letters and digits only
	first    string   // the first address line, normalised
	words    []string // every address line's words, in order
	town     string
}

func parseAddress(c *Contact) address {
	a := address{postcode: strings.ToUpper(squash(c.Postcode)), town: normaliseLine(c.Town)}
	for _, l := range c.Address {
		if n := normaliseLine(l); n != "" {
			if a.first == "" {
				a.first = n
			}
			a.words = append(a.words, strings.Fields(n)...)
		}
	}
	return a
}

func (a address) empty() bool { return a.postcode == "" && len(a.words) == 0 && a.town == "" }

// sameAddress decides whether two addresses are one home. With both
// postcodes given, the postcodes must agree and then the first lines, or
// one address's lines must begin the other's ("12 High Street" and "12
// High Street, Headingley"; "Flat 2, 10 High St" on one line or two); a
// town written differently does not split a family. Otherwise everything
// must agree.
func sameAddress(a, b address) bool {
	if a.empty() || b.empty() {
		return a.empty() && b.empty()
	}
	if a.postcode != "" && b.postcode != "" {
		if a.postcode != b.postcode {
			return false
		}
		if len(a.words) == 0 || len(b.words) == 0 {
			return len(a.words) == len(b.words)
		}
		return a.first == b.first || wordPrefix(a.words, b.words) || wordPrefix(b.words, a.words)
	}
	return a.town == b.town && slices.Equal(a.words, b.words)
}

// wordPrefix reports whether p is the start of s, word for word.
func wordPrefix(p, s []string) bool {
	return len(p) <= len(s) && slices.Equal(p, s[:len(p)])
}

// squash drops everything but letters and digits.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

var streetWords = map[string]string{
	"rd": "road", "st": "street", "ave": "avenue", "av": "avenue", "ln": "lane",
	"dr": "drive", "cl": "close", "cres": "crescent", "cresc": "crescent",
	"ct": "court", "gdns": "gardens", "gr": "grove", "gro": "grove", "pl": "place",
	"sq": "square", "terr": "terrace", "tce": "terrace", "pk": "park", "hse": "house",
	"apt": "flat", "apartment": "flat",
}

// normaliseLine lower-cases a line, turns punctuation into spaces and
// expands street abbreviations, so "12, High St." and "12 high street"
// compare equal.
func normaliseLine(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range words {
		if long, ok := streetWords[w]; ok {
			words[i] = long
		}
	}
	return strings.Join(words, " ")
}

// peopleKey identifies a set of contacts across siblings' rows, which are
// separate records for the same adults.
func peopleKey(cs []*Contact) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = normaliseLine(c.Forename + " " + c.Surname)
	}
	slices.Sort(names)
	return strings.Join(names, "|")
}

// posted builds the letter for contacts sharing an address, addressed
// from the first (highest priority) contact's address.
func posted(p *Pupil, cs []*Contact) *Household {
	return &Household{
		Pupils:     []*Pupil{p},
		Contacts:   cs,
		NameLine:   nameLine(cs),
		Address:    postalAddress(cs[0]),
		Salutation: salutation(cs),
		Language:   language(p, cs),
	}
}

// bookBag builds the letter that goes home with the child: to the named
// contacts when they have no address, else to "the parent/carer of".
func bookBag(p *Pupil, cs []*Contact, cfg *config.Config) *Household {
	h := &Household{
		Pupils:     []*Pupil{p},
		Contacts:   cs,
		NameLine:   "To the parent/carer of " + p.Forename(),
		Salutation: "Dear Parent/Carer",
		Language:   language(p, cs),
	}
	if len(cs) > 0 {
		h.NameLine, h.Salutation = nameLine(cs), salutation(cs)
	}
	if class := strings.TrimSpace(p.RegGroup); class != "" {
		if !strings.HasPrefix(strings.ToLower(class), "class") {
			class = "Class " + class
		}
		h.Address = append(h.Address, class)
	}
	if n := strings.TrimSpace(cfg.School.Name); n != "" {
		h.Address = append(h.Address, n)
	}
	for _, l := range cfg.School.Address {
		// Schools often start their address with their own name.
		if l = strings.TrimSpace(l); l != "" && !strings.EqualFold(l, strings.TrimSpace(cfg.School.Name)) {
			h.Address = append(h.Address, l)
		}
	}
	return h
}

// language is the first contact's home language, else the pupil's: the
// family's language is usually the child's.
func language(p *Pupil, cs []*Contact) string {
	if len(cs) > 0 {
		if l := strings.TrimSpace(cs[0].HomeLanguage); l != "" {
			return l
		}
	}
	return strings.TrimSpace(p.HomeLanguage)
}

// postalAddress lays out a contact's address as Royal Mail asks: the
// address lines, the post town in capitals, the county if given, and the
// postcode upper-cased and spaced on its own line.
func postalAddress(c *Contact) []string {
	var out []string
	for _, l := range c.Address {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	if t := strings.Join(strings.Fields(c.Town), " "); t != "" {
		out = append(out, strings.ToUpper(t))
	}
	if co := strings.Join(strings.Fields(c.County), " "); co != "" {
		out = append(out, co)
	}
	if pc := FormatPostcode(c.Postcode); pc != "" {
		out = append(out, pc)
	}
	return out
}

// FormatPostcode writes a UK postcode in capitals with one space before
// the inward code ("sw1a1aa" → "SW1A 1AA"). Anything too short or long to
// look like a UK postcode is only trimmed and upper-cased.
func FormatPostcode(s string) string {
	sq := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	if n := len(sq); n >= 5 && n <= 7 && isInward(sq[n-3:]) {
		return sq[:n-3] + " " + sq[n-3:]
	}
	return strings.ToUpper(strings.Join(strings.Fields(s), " "))
}

// isInward reports whether s looks like the inward half of a postcode,
// a digit and two letters ("1AA").
func isInward(s string) bool {
	return len(s) == 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// nameLine is the first line of the address: "Mr J Smith", "Mr and Mrs J
// Smith" for a couple sharing a surname, "Ms A Brown and Mr C Green"
// otherwise; without a title, the full name ("Jo Bloggs").
func nameLine(cs []*Contact) string {
	own := false
	for _, c := range cs {
		own = own || clean(c.Addressee) != ""
	}
	if own {
		// The school's own addressee ("Mr and Mrs A West"), which a system
		// such as SIMS keeps for each family, is printed as written.
		names := make([]string, len(cs))
		for i, c := range cs {
			names[i] = clean(c.Addressee)
			if names[i] == "" {
				names[i] = addressName(c, true)
			}
		}
		return JoinAnd(distinct(names))
	}
	if sameSurnameTitled(cs) {
		return JoinAnd(titles(cs)) + " " + addressName(cs[0], false)
	}
	if sameSurnameUntitled(cs) {
		return untitledJoint(cs)
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = addressName(c, true)
	}
	return JoinAnd(names)
}

// salutation opens the letter: the school's own Salutation for a contact
// when given, else "Dear Mr Smith", "Dear Mr and Mrs Smith", "Dear Ms Brown
// and Mr Green", or "Dear Jo Bloggs" when there is no title.
func salutation(cs []*Contact) string {
	custom := false
	for _, c := range cs {
		custom = custom || strings.TrimSpace(c.Salutation) != ""
	}
	if len(cs) == 1 && custom {
		// A greeting the school wrote in full ("Annwyl Ceri") is kept.
		own := clean(cs[0].Salutation)
		for _, g := range []string{"annwyl ", "hello ", "hi "} {
			if _, ok := cutPrefixFold(own, g); ok {
				return strings.TrimRight(own, ",")
			}
		}
	}
	if !custom && sameSurnameTitled(cs) {
		return "Dear " + JoinAnd(titles(cs)) + " " + clean(cs[0].Surname)
	}
	if !custom && sameSurnameUntitled(cs) {
		return "Dear " + untitledJoint(cs)
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		if s := clean(c.Salutation); s != "" {
			if rest, ok := cutPrefixFold(s, "dear "); ok {
				s = rest
			}
			names[i] = strings.TrimRight(s, ",")
			continue
		}
		if t := clean(c.Title); t != "" {
			names[i] = strings.TrimSpace(t + " " + clean(c.Surname))
		} else {
			names[i] = strings.TrimSpace(clean(c.Forename) + " " + clean(c.Surname))
		}
	}
	// Parents who share one salutation ("Mr and Mrs West") are greeted once.
	return "Dear " + JoinAnd(distinct(names))
}

// distinct drops names already listed, ignoring case and spacing.
func distinct(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		k := strings.ToLower(clean(n))
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// sameSurnameTitled reports whether several contacts all have a title and
// one surname, so they can be addressed together as "Mr and Mrs Smith".
func sameSurnameTitled(cs []*Contact) bool {
	if len(cs) < 2 {
		return false
	}
	for _, c := range cs {
		if clean(c.Title) == "" || !strings.EqualFold(clean(c.Surname), clean(cs[0].Surname)) {
			return false
		}
	}
	return true
}

// sameSurnameUntitled reports whether several contacts share a surname and
// none has a title, so they can be addressed as "Jo and Max Bloggs".
func sameSurnameUntitled(cs []*Contact) bool {
	if len(cs) < 2 {
		return false
	}
	for _, c := range cs {
		if clean(c.Title) != "" || clean(c.Forename) == "" || !strings.EqualFold(clean(c.Surname), clean(cs[0].Surname)) {
			return false
		}
	}
	return true
}

func untitledJoint(cs []*Contact) string {
	fores := make([]string, len(cs))
	for i, c := range cs {
		fores[i] = clean(c.Forename)
	}
	return JoinAnd(fores) + " " + clean(cs[0].Surname)
}

func titles(cs []*Contact) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = clean(c.Title)
	}
	return out
}

// addressName is "Mr J Smith" (initial with a title) or "Jo Smith"; with
// withTitle false the title is left off for the caller to write.
func addressName(c *Contact, withTitle bool) string {
	title, fore, sur := clean(c.Title), clean(c.Forename), clean(c.Surname)
	var parts []string
	if title != "" {
		if withTitle {
			parts = append(parts, title)
		}
		// The initial is the first letter: a forename exported as
		// "-Rina" or "(Jo)" must not give "Mrs - Ahmed".
		initial := ""
		for _, r := range fore {
			if unicode.IsLetter(r) {
				initial = string(unicode.ToUpper(r))
				break
			}
		}
		fore = initial
	}
	if fore != "" {
		parts = append(parts, fore)
	}
	if sur != "" {
		parts = append(parts, sur)
	}
	return strings.Join(parts, " ")
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// JoinAnd writes "A", "A and B", "A, B and C", as names are listed in a
// letter.
func JoinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
