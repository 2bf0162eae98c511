// Package render draws planpack's documents as PDF with fpdf.
package render
