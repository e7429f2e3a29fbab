package fold

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kab. Sanggau", "kab sanggau"},
		{"KAB  SANGGAU", "kab sanggau"},
		{"  kab.\u00a0sanggau\u202f", "kab sanggau"},
		{"Timrå", "timra"},
		{"Ba'kelalan", "bakelalan"},
		{"Jum’at", "jumat"},
		{"Provinsi Zhejiang – RRT", "provinsi zhejiang rrt"},
		{"Kalimantan Barat-Sarawak", "kalimantan barat sarawak"},
		{"STRASSE", "strasse"},
		{"Straße", "strasse"},
		{"ＫＡＬＢＡＲ", "kalbar"},
		{"", ""},
		{"—", ""},
		{"61.03", "61 03"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Kab. Sanggau", "Timrå", "Ba'kelalan", "\xff\xfe", "Negeri Sarawak"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Errorf("Key not idempotent: Key(%q) = %q, Key(that) = %q", s, k, Key(k))
		}
	})
}
