package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// FuzzReadJSON checks that ReadJSON never panics, that its errors carry a
// position inside the input, and that whatever it reads without error
// writes and reads back unchanged.
func FuzzReadJSON(f *testing.F) {
	// The embedded history (20 kB) is left out: minimizing inputs that size stalls the fuzzer; TestHistory reads it.
	f.Add([]byte(`{"forums":[{"id":"kalbar-sarawak","level":"Peringkat Negeri","pair":"Kalbar - Sarawak"}],` +
		`"sessions":[{"forum":"kalbar-sarawak","number":33,"second":7,"dates":"2017-10-23/25","host":"61.72","mode":"tatap muka",` +
		`"meetings":[{"kind":"Forum Evaluasi Kertas Kerja","field":"Tim Teknis II","dates":"2017-09-12/12","venue":"Hotel Grand Mahkota"}]}],` +
		`"items":[{"forum":"kalbar-sarawak","ref":"KK2/33/01","field":"bidang ekonomi, perdagangan dan perhubungan","proposer":"RI",` +
		`"history":[{"session":33,"outcome":"disepakati","status":"dalam proses"}],"actions":[{"agency":"Disperindag Kalbar","due":"2018-12-31"}]}]}`))
	f.Add([]byte(`{"sessions":[{"forum":"x","number":-1,"within":"2023-09-01/2023-09-30"}]}`))
	f.Add([]byte(`{"sessions":[{"forum":"x","number":38,"within":"2025","meetings":[{"kind":"technical","within":"2025-10-22/2025-11-04"}]}]}`))
	f.Add([]byte(`{"sessions":[{"forum":"x","number":36,"within":"2023-09","dates":"2023-09-20/21","meetings":[{"kind":"technical","within":"2023-01-01/2023-12-31"}]}]}`))
	f.Add([]byte(`{"forums":[{"id":"","level":"SFC"}],"note":"Staff Planning Committee (SPC)"}`))
	f.Add([]byte(`{"items":[{"ref":"a","history":[{"session":2},{"session":1,"outcome":"digugurkan"}]}]}`))
	f.Add([]byte("{\"forums\":[\n{\"id\":\"c\",\"level\":\"tingkat pusat\"}]} x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadJSON(bytes.NewReader(data))
		// Records in = records loaded, counted without the reader under
		// test: a document that reads (even with validation problems,
		// each of which names its record) loads every record of its lists.
		if d != nil {
			var raw map[string]json.RawMessage
			if jerr := json.Unmarshal(data, &raw); jerr == nil {
				for key, got := range map[string]int{"forums": len(d.Forums), "sessions": len(d.Sessions), "items": len(d.Items)} {
					var list []json.RawMessage
					_ = json.Unmarshal(raw[key], &list)
					if len(list) != got {
						t.Fatalf("%s: %d records in, %d loaded", key, len(list), got)
					}
				}
			}
		}
		if err != nil {
			for _, e := range unjoin(err) {
				pe, ok := e.(*ParseError)
				if !ok {
					t.Fatalf("ReadJSON error %T is not a *ParseError: %v", e, e)
				}
				if pe.Offset < 0 || pe.Offset > int64(len(data)) || pe.Line < 1 || pe.Column < 1 {
					t.Fatalf("ReadJSON error at offset %d, %d:%d outside the input of %d bytes", pe.Offset, pe.Line, pe.Column, len(data))
				}
			}
			return
		}
		var buf bytes.Buffer
		if err := d.WriteJSON(&buf); err != nil {
			t.Fatalf("WriteJSON after a clean read: %v", err)
		}
		first := bytes.Clone(buf.Bytes())
		back, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("ReadJSON(WriteJSON(d)): %v\n%s", err, buf.String())
		}
		if diff := cmp.Diff(d, back); diff != "" {
			t.Fatalf("round trip mismatch (-first +second):\n%s", diff)
		}
		var again bytes.Buffer
		if err := back.WriteJSON(&again); err != nil {
			t.Fatalf("WriteJSON(ReadJSON(WriteJSON(d))): %v", err)
		}
		if !bytes.Equal(first, again.Bytes()) {
			t.Fatalf("write–read–write not byte-identical:\n%s\n%s", first, again.Bytes())
		}
		// Queries and titles never panic on valid data.
		d.OpenItems("")
		for i := range d.Sessions {
			for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
				d.Title(&d.Sessions[i], tag)
			}
		}
	})
}

// FuzzParseField checks that the label parser never panics and that every
// field it returns marshals and reads back.
func FuzzParseField(f *testing.F) {
	for _, s := range []string{"Tim Teknis II", "bidang keamanan dan kepengurusan perbatasan", "Kertas Kerja 3",
		"former-8", "Sosial dan Budaya", "Keselamatan dan Pengurusan Sempadan", "ekonomi,\u00a0perdagangan dan perhubungan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseField(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("ParseField(%q) = %d, which does not marshal: %v", s, v, err)
		}
		var back Field
		if err := back.UnmarshalText(b); err != nil || back != v {
			t.Fatalf("ParseField(%q) = %v; reading %q back gave %v, %v", s, v, b, back, err)
		}
	})
}

// FuzzParseTitle checks that ParseTitle never panics and reports errors
// inside its input.
func FuzzParseTitle(f *testing.F) {
	for _, s := range []string{
		"Persiapan Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat-Peringkat Negeri Sarawak di Kota Singkawang",
		"Pertemuan/Mesyuwarat Sidang ke-37 KK/JKK Sosek Malindo tingkat Provinsi Kalimantan Barat-Peringkat Negeri Serawak Malaysia",
		"MESYUARAT TEKNIK DAN SIDANG KE 26 (7) JAWATANKUASA KERJA PEMBANGUNAN SOSIO EKONOMI MALAYSIA – INDONESIA (SOSEK MALINDO) PERINGKAT PROVINSI KALIMANTAN UTARA (KALTARA)",
		"Persidangan Sosek Malindo Ke-14 Peringkat Negeri Johor/Melaka-Tingkat Provinsi Riau/Kepulauan Riau",
		"the 38th Technical Committee Meeting and Working Committee Session",
		"sidang General Border Committee (GBC) ke-12 pada tanggal 14 Nopember tahun 1983",
		// Numbered events that are not sessions (csv_test.go, TestParseTitleEvents).
		"Pekan Olahraga Sosek Malindo ke-22", "Sukan Borneo ke-2", "HUT ke-78", "the 22nd Sosek Malindo Sports Week",
		"Sidang ke-3 Sosek Malindo Tingkat Kabupaten",
	} {
		f.Add(s)
	}
	// Titles and headlines from public pages (realtext_test.go).
	for _, tt := range realTitles {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref, err := ParseTitle(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Offset < 0 || pe.Offset > int64(len(s)) && len(s) <= MaxTitle {
				t.Fatalf("ParseTitle(%q) error %v: not a *ParseError inside the input", s, err)
			}
			return
		}
		if ref.Number < 1 || ref.Second < 0 {
			t.Fatalf("ParseTitle(%q) = %+v: numbers out of range", s, ref)
		}
	})
}
