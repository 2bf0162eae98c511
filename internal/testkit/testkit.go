// Package testkit builds the hostile inputs that tests in several packages
// need. The program itself never imports it.
package testkit

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
)

// ZipBomb replaces the first worksheet of an .xlsx workbook with one that
// unpacks to mib MiB of blank space while staying small on disk; with lie
// set, the zip declares it one byte long, as a hostile file would.
// Compressing hundreds of MiB in a test would be slow, so one MiB is
// compressed once and its deflate blocks repeated: each copy ends in a
// sync flush and stands alone.
func ZipBomb(data []byte, mib int, lie bool) ([]byte, error) {
	head := []byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	tail := []byte(`</sheetData></worksheet>`)
	blank := bytes.Repeat([]byte(" "), 1<<20)
	deflate := func(p []byte, final bool) []byte {
		var b bytes.Buffer
		fw, _ := flate.NewWriter(&b, flate.BestCompression)
		fw.Write(p)
		if final {
			fw.Close()
		} else {
			fw.Flush()
		}
		return b.Bytes()
	}
	stream := deflate(head, false)
	stream = append(stream, bytes.Repeat(deflate(blank, false), mib)...)
	stream = append(stream, deflate(tail, true)...)
	crc := crc32.Update(0, crc32.IEEETable, head)
	for range mib {
		crc = crc32.Update(crc, crc32.IEEETable, blank)
	}
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	size := uint64(len(head)+len(tail)) + uint64(mib)<<20
	if lie {
		size = 1
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	replaced := false
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			if err := zw.Copy(f); err != nil {
				return nil, err
			}
			continue
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(stream)), UncompressedSize64: size})
		if err != nil {
			return nil, err
		}
		w.Write(stream)
		replaced = true
	}
	if !replaced {
		return nil, errors.New("the workbook has no xl/worksheets/sheet1.xml")
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
