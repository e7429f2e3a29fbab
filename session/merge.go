package session

import (
	"cmp"
	"slices"
)

// Merge returns a new dataset: d with the sessions and items of other that
// d lacks, of the forums that d defines. It is how a user's own record is
// completed from the public one (History), or two secretariats' files are
// put together.
//
// The rule:
//
//   - d's forums, note, sessions and items are kept as they are; other's
//     forums and note are not taken, so a forum that only other defines
//     brings nothing;
//   - a session of other is taken when d defines its forum and has no
//     session of that forum with the same number; an item, when d defines
//     its forum and has no item of that forum with the same reference.
//     What d has wins: entries are not merged field by field;
//   - d's items come first, in their order, then the items taken from
//     other, in theirs; sessions are sorted by forum ID and then number,
//     records of equal forum and number keeping their order.
//
// The result is validated (Dataset.Validate) and returned with the
// validation error, nil when it is consistent. A merge that conflicts —
// a session of other out of sequence with d's, an item of other raised at
// a session that neither holds, or a d that was not valid itself — returns
// the merged dataset and every problem, whose paths index into the merged
// dataset; callers that want only a consistent dataset keep d on error.
//
// Neither d nor other is modified. The result has its own Forums, Sessions
// and Items slices; the records in them share their inner slices (meetings,
// histories, sources, …) with d and other, which must therefore not be
// changed through it. A nil d or other counts as empty.
func (d *Dataset) Merge(other *Dataset) (*Dataset, error) {
	if d == nil {
		d = &Dataset{}
	}
	if other == nil {
		other = &Dataset{}
	}
	forums := make(map[string]bool, len(d.Forums))
	for i := range d.Forums {
		forums[d.Forums[i].ID] = true
	}
	haveSession := make(map[seriesKey]bool, len(d.Sessions))
	for i := range d.Sessions {
		haveSession[seriesKey{d.Sessions[i].Forum, d.Sessions[i].Number}] = true
	}
	type itemKey struct{ forum, ref string }
	haveItem := make(map[itemKey]bool, len(d.Items))
	for i := range d.Items {
		haveItem[itemKey{d.Items[i].Forum, d.Items[i].Ref}] = true
	}

	m := &Dataset{
		Forums:   slices.Clone(d.Forums),
		Sessions: slices.Clone(d.Sessions),
		Items:    slices.Clone(d.Items),
		Note:     d.Note,
	}
	for i := range other.Sessions {
		s := &other.Sessions[i]
		if forums[s.Forum] && !haveSession[seriesKey{s.Forum, s.Number}] {
			m.Sessions = append(m.Sessions, *s)
		}
	}
	for i := range other.Items {
		it := &other.Items[i]
		if forums[it.Forum] && !haveItem[itemKey{it.Forum, it.Ref}] {
			m.Items = append(m.Items, *it)
		}
	}
	slices.SortStableFunc(m.Sessions, func(a, b Session) int {
		return cmp.Or(cmp.Compare(a.Forum, b.Forum), cmp.Compare(a.Number, b.Number))
	})
	return m, m.Validate()
}
