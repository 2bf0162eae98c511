package pack

import "planpack/internal/plan"

// ReadReport is what check shows about how the input was read, a line a
// sheet: the information system and report it looks like, and which
// header fed each field, so a SENCo can see at a glance that the right
// column was used. An input headed with planpack's own names gives none.
func ReadReport(s *plan.School) []string {
	if s == nil {
		return nil
	}
	return s.Read
}
