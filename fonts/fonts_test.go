package fonts

import (
	"slices"
	"testing"
)

func TestUnprintable(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []rune
	}{
		{"plain English is printable", "Sam will read 10 words.", nil},
		{"newline and tab are layout", "one\ntwo\tthree", nil},
		{"Welsh circumflexes are in Latin-1 and Extended Additional", "Gwenllïan Ŵyn ŷ", nil},
		{"Polish letters are in Latin Extended-A", "Łucja Wróbel-Śliwińska żółć", nil},
		{"Turkish dotless i and cedillas", "Işıl Çağlar Şahin", nil},
		{"Irish fada", "Seán Ó Briain Niamh", nil},
		{"Vietnamese from Latin Extended Additional", "Nguyễn Thị Hường", nil},
		{"punctuation and currency", "“quoted” – dash … £5 €3 → next", nil},
		{"control character other than tab and newline", "a\x07b", []rune{0x07}},
		{"carriage return is a control character", "a\rb", []rune{'\r'}},
		{"emoji outside the BMP", "happy 😀", []rune{'😀'}},
		{"each rune once, in first-seen order", "日本日本語", []rune{'日', '本', '語'}},
		{"Arabic is outside the subset", "مرحبا", []rune{'م', 'ر', 'ح', 'ب', 'ا'}},
		{"Cyrillic is outside the subset", "Иван", []rune{'И', 'в', 'а', 'н'}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unprintable(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Unprintable(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEveryFaceParses(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
	for _, f := range All {
		cps, err := CodePoints(f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if len(cps) < 800 {
			t.Errorf("%s maps %d code points; the subset should keep the Latin blocks", f.Name, len(cps))
		}
		if len(f.Data) > 150_000 {
			t.Errorf("%s is %d bytes; subset.sh should keep it small", f.Name, len(f.Data))
		}
	}
}

func TestBrokenFontIsAnError(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not a font", []byte("this is a text file, not a font")},
		{"truncated table directory", SansRegular[:40]},
		{"truncated tables", SansRegular[:2000]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := CodePoints(tt.data); err == nil {
				t.Error("no error")
			}
			if _, err := intersect([]Face{{"broken.ttf", tt.data}}); err == nil {
				t.Error("intersect: no error")
			}
		})
	}
}

func FuzzCodePoints(f *testing.F) {
	f.Add(SansRegular[:4096])
	f.Add([]byte{0, 1, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		CodePoints(data)
	})
}
