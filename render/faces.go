package render

// Face is one of the three faces a child colours in to say how a target
// went. They are drawn as shapes, not font glyphs, so they print the same
// everywhere and are big enough to colour.
type face int

const (
	happy face = iota
	soso
	sad
)

// faceWords label the faces for adults and for children still learning
// to read the faces.
var faceWords = [...]string{happy: "Yes", soso: "Nearly", sad: "Not yet"}

// drawFace draws a face of radius r centred on (cx, cy).
func (d *Doc) drawFace(cx, cy, r float64, f face) {
	p := d.pdf
	d.stroke(ink)
	d.fill(ink)
	p.SetLineWidth(max(0.35, r*0.06))
	p.SetLineCapStyle("round")
	p.Circle(cx, cy, r, "D")
	eye := r * 0.11
	p.Circle(cx-r*0.35, cy-r*0.25, eye, "F")
	p.Circle(cx+r*0.35, cy-r*0.25, eye, "F")
	switch f {
	case happy:
		// The lower half of an ellipse below the eyes: a smile. fpdf
		// measures angles anticlockwise on the page as seen.
		p.Arc(cx, cy+r*0.1, r*0.5, r*0.35, 0, 200, 340, "D")
	case soso:
		p.Line(cx-r*0.4, cy+r*0.35, cx+r*0.4, cy+r*0.35)
	case sad:
		p.Arc(cx, cy+r*0.6, r*0.5, r*0.35, 0, 20, 160, "D")
	}
	p.SetLineCapStyle("butt")
}

// faces draws the three faces side by side from x, each in a box of side
// s mm with its top at y, and the word for each under it when labelled.
// It returns the height used.
func (d *Doc) faces(x, y, s float64, labelled bool) float64 {
	r := s * 0.42
	f, b, sz := d.family, d.bold, d.size
	for i, fc := range []face{happy, soso, sad} {
		cx := x + float64(i)*s*1.35 + s/2
		d.drawFace(cx, y+s/2, r, fc)
		if labelled {
			d.setFont(f, false, max(sz*0.75, 10))
			w := d.pdf.GetStringWidth(faceWords[fc])
			d.lineAt(cx-w/2, y+s, faceWords[fc])
		}
	}
	d.setFont(f, b, sz)
	h := s
	if labelled {
		h += max(sz*0.75, 10) * ptToMM * spacing
	}
	return h
}

// facesWidth is the width faces() uses for boxes of side s.
func facesWidth(s float64) float64 { return s*1.35*2 + s }
