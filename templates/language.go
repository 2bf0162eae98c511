package templates

import "strings"

// languages maps what schools write in Home Language (the name in English
// or in the language itself, the ISO 639-1 code, or the DfE census code)
// to the ISO code used in template file names.
var languages = map[string]string{
	"en": "en", "eng": "en", "english": "en",
	"cy": "cy", "wel": "cy", "cym": "cy", "welsh": "cy", "cymraeg": "cy",
	"pl": "pl", "pol": "pl", "polish": "pl", "polski": "pl",
	"ur": "ur", "urd": "ur", "urdu": "ur",
	"pa": "pa", "pnj": "pa", "panjabi": "pa", "punjabi": "pa",
	"bn": "bn", "bng": "bn", "bengali": "bn", "bangla": "bn",
	"ar": "ar", "ara": "ar", "arabic": "ar",
	"ro": "ro", "rom": "ro", "romanian": "ro", "română": "ro",
	"so": "so", "som": "so", "somali": "so",
	"pt": "pt", "por": "pt", "portuguese": "pt", "português": "pt",
	"es": "es", "spa": "es", "spanish": "es", "español": "es",
	"fr": "fr", "fre": "fr", "fra": "fr", "french": "fr", "français": "fr",
	"lt": "lt", "lit": "lt", "lithuanian": "lt",
	"tr": "tr", "tur": "tr", "turkish": "tr",
	"uk": "uk", "ukr": "uk", "ukrainian": "uk",
	"gd": "gd", "gae": "gd", "gaelic": "gd", "scottish gaelic": "gd", "gàidhlig": "gd",
	"ga": "ga", "irish": "ga", "gaeilge": "ga",
}

// LanguageCode turns a Home Language as a school writes it ("Welsh",
// "Cymraeg", "cy", "WEL", "cy-GB") into the code used in letter file names
// ("cy"). It returns "" for an empty or unrecognised language, and a
// two-letter code it does not know as itself.
func LanguageCode(lang string) string {
	s := strings.ToLower(strings.Join(strings.Fields(lang), " "))
	if c, ok := languages[s]; ok {
		return c
	}
	if base, _, ok := strings.Cut(s, "-"); ok {
		if c, ok := languages[base]; ok {
			return c
		}
	}
	if len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
		return s
	}
	return ""
}
