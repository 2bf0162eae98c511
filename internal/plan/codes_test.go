package plan

import "testing"

func TestParseYear(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"reception letter", "R", "R"},
		{"reception word", "Reception", "R"},
		{"nursery 1", "Nursery 1", "N1"},
		{"nursery 2 code", "n2", "N2"},
		{"number", "7", "7"},
		{"Y prefix", "Y7", "7"},
		{"Year prefix with space", "Year 7", "7"},
		{"NC year from an MIS", "NC 11", "11"},
		{"sixth form 14", "14", "14"},
		{"two spaces", "Year  7", "7"},
		{"lower sixth short", "L6", "12"},
		{"upper sixth short", "U6", "13"},
		{"lower sixth", "Lower Sixth", "12"},
		{"upper sixth", "Upper Sixth", "13"},
		{"15 is too high", "15", ""},
		{"zero", "0", ""},
		{"words", "Top juniors", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseYear(tc.in)
			if tc.want == "" {
				if err == nil {
					t.Errorf("ParseYear(%q) = %q, want an error", tc.in, got)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("ParseYear(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestParseSENStatus(t *testing.T) {
	tests := []struct {
		name, in, want string
		warn           bool
	}{
		{"K", "K", "K", false},
		{"K with description", "K - SEN Support", "K", false},
		{"E", "e", "E", false},
		{"E with description", "E - EHC Plan", "E", false},
		{"N is read; the loader leaves the pupil out", "N", "N", false},
		{"Arbor's EHC plan", "Education, Health and Care Plan", "E", false},
		{"ScholarPack's EHC plan", "Education, health and care plan", "E", false},
		{"SIMS code and words", "E - Education, Health and Care Plan", "E", false},
		{"SEN support in words", "SEN support", "K", false},
		{"Monitoring is not on the register", "Monitoring", "N", false},
		{"No Special Educational Need", "No Special Educational Need", "N", false},
		{"a wording that is not a status", "Education", "", false},
		{"School Action reads as K", "A", "K", true},
		{"School Action Plus reads as K", "P", "K", true},
		{"Statement reads as E", "S", "E", true},
		{"unknown", "Z", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, warn, err := ParseSENStatus(tc.in)
			if tc.want == "" {
				if err == nil {
					t.Errorf("ParseSENStatus(%q) = %q, want an error", tc.in, got)
				}
				return
			}
			if err != nil || got != tc.want || (warn != "") != tc.warn {
				t.Errorf("ParseSENStatus(%q) = %q, %q, %v", tc.in, got, warn, err)
			}
		})
	}
}

func TestParseNeedAreaYesNo(t *testing.T) {
	needs := map[string]string{"SpLD": "SPLD", "asd": "ASD", "SLCN - Speech, language and communication needs": "SLCN", "Moderate Learning Difficulty": "MLD", "DYS": "",
		"Profound & multiple learning difficulty": "PMLD", "Autistic Spectrum Disorder": "ASD", "Autistic Spectrum Condition": "ASD",
		"SEN support but no specialist assessment of type of need": "NSA", "Other difficulty / disability": "OTH"}
	for in, want := range needs {
		got, err := ParseNeed(in)
		if (want == "") != (err != nil) || got != want {
			t.Errorf("ParseNeed(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	areas := map[string]Area{"C&I": CommunicationInteraction, "c & l": CognitionLearning, "SEMH": SEMH, "S&P": SensoryPhysical,
		"Sensory and/or physical": SensoryPhysical, "Social, Emotional and Mental Health": SEMH, "Communication & Interaction": CommunicationInteraction, "Maths": ""}
	for in, want := range areas {
		got, err := ParseArea(in)
		if (want == "") != (err != nil) || got != want {
			t.Errorf("ParseArea(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	yn := map[string]int{"Y": 1, "yes": 1, "TRUE": 1, "1": 1, "T": 1, "t": 1, "N": 0, "No": 0, "false": 0, "0": 0, "F": 0, "maybe": -1, "X": -1}
	for in, want := range yn {
		got, err := ParseYesNo(in)
		if want < 0 {
			if err == nil {
				t.Errorf("ParseYesNo(%q) accepted", in)
			}
			continue
		}
		if err != nil || got != (want == 1) {
			t.Errorf("ParseYesNo(%q) = %v, %v", in, got, err)
		}
	}
}
