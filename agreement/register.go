package agreement

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/region"
)

// A Register is a collection of agreements with the queries a cooperation
// office asks every week. Agreements keep the order in which they were
// added, and every query returns them in that order unless it says
// otherwise.
//
// A Register is safe for concurrent use: any number of goroutines may query
// it while one adds. The zero Register is empty and ready to use. Query
// results are copies of the stored agreements that share their slices;
// callers must not modify those slices.
type Register struct {
	mu    sync.RWMutex
	items []Agreement
	byID  map[string]int
	idx   *index // built on the first query after a change; nil when stale
}

// index holds what queries need beyond the list; it is immutable once built.
type index struct {
	ends       []endRef         // agreements with a known end, by end day then position
	successors map[string][]int // predecessor ID → positions of its successors
}

type endRef struct {
	day int // days since 0001-01-01
	pos int
}

var epoch = date.Date{Year: 1, Month: 1, Day: 1}

func dayNumber(d date.Date) int { return d.DaysSince(epoch) }

// New returns a register holding as, in order. Agreements whose ID is
// empty or already taken are left out and reported in the error, a join of
// *Problem values (ErrMissing, ErrDuplicateID).
func New(as []Agreement) (*Register, error) {
	r := &Register{}
	var errs []error
	for _, a := range as {
		if err := r.Add(a); err != nil {
			errs = append(errs, err)
		}
	}
	return r, errors.Join(errs...)
}

// Add appends a to the register. It fails with a *Problem wrapping
// ErrMissing for an empty ID and ErrDuplicateID for an ID already present.
func (r *Register) Add(a Agreement) error {
	if strings.TrimSpace(a.ID) == "" {
		return &Problem{ID: a.ID, Field: "id", Err: ErrMissing, Detail: a.Title}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byID == nil {
		r.byID = make(map[string]int)
	}
	if _, dup := r.byID[a.ID]; dup {
		return &Problem{ID: a.ID, Field: "id", Err: ErrDuplicateID}
	}
	r.byID[a.ID] = len(r.items)
	r.items = append(r.items, a)
	r.idx = nil
	return nil
}

// Len returns the number of agreements.
func (r *Register) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.items)
}

// All returns every agreement in register order.
func (r *Register) All() []Agreement {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.items)
}

// Get returns the agreement with the given ID.
func (r *Register) Get(id string) (Agreement, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.byID[id]
	if !ok {
		return Agreement{}, false
	}
	return r.items[i], true
}

// read runs f with the read lock held and the index built.
func (r *Register) read(f func(ix *index)) {
	r.mu.RLock()
	if r.idx == nil {
		r.mu.RUnlock()
		r.mu.Lock()
		if r.idx == nil {
			r.idx = r.buildIndex()
		}
		r.mu.Unlock()
		r.mu.RLock()
		for r.idx == nil { // an Add came in between; build again
			r.mu.RUnlock()
			r.mu.Lock()
			if r.idx == nil {
				r.idx = r.buildIndex()
			}
			r.mu.Unlock()
			r.mu.RLock()
		}
	}
	defer r.mu.RUnlock()
	f(r.idx)
}

func (r *Register) buildIndex() *index {
	ix := &index{successors: make(map[string][]int)}
	for i := range r.items {
		a := &r.items[i]
		if end, ok := a.End(); ok && end.IsValid() {
			ix.ends = append(ix.ends, endRef{dayNumber(end), i})
		}
		if a.Predecessor != "" {
			ix.successors[a.Predecessor] = append(ix.successors[a.Predecessor], i)
		}
	}
	slices.SortFunc(ix.ends, func(x, y endRef) int {
		if x.day != y.day {
			return x.day - y.day
		}
		return x.pos - y.pos
	})
	return ix
}

// statusOn is StatusOn with the lock held.
func (r *Register) statusOn(ix *index, i int, d date.Date) Status {
	a := &r.items[i]
	renewed := false
	for _, j := range ix.successors[a.ID] {
		if r.items[j].RenewsBy(d) {
			renewed = true
			break
		}
	}
	return a.StatusWithSuccessor(d, renewed)
}

// StatusOn returns the status of the agreement id on d, as
// Agreement.StatusOn does, except that an agreement whose successor (an
// agreement naming it as Predecessor) has been signed by d is
// StatusRenewed (Agreement.RenewsBy, Agreement.StatusWithSuccessor; the
// rule of Renewed). An unknown id gives the zero Status.
func (r *Register) StatusOn(id string, d date.Date) Status {
	var s Status
	r.read(func(ix *index) {
		if i, ok := r.byID[id]; ok {
			s = r.statusOn(ix, i, d)
		}
	})
	return s
}

// filter returns the agreements for which keep is true, in register order.
func (r *Register) filter(keep func(ix *index, i int) bool) []Agreement {
	var out []Agreement
	r.read(func(ix *index) {
		for i := range r.items {
			if keep(ix, i) {
				out = append(out, r.items[i])
			}
		}
	})
	return out
}

// ActiveOn returns the agreements in force on d (status active or expiring
// soon, as Register.StatusOn reports it).
func (r *Register) ActiveOn(d date.Date) []Agreement {
	return r.filter(func(ix *index, i int) bool {
		s := r.statusOn(ix, i, d)
		return s == StatusActive || s == StatusExpiringSoon
	})
}

// ExpiringWithin returns the agreements in force on d whose term ends
// within days days of d (on d itself up to d+days, both included), soonest
// first and in register order among equal ends. Agreements already
// terminated or renewed on d are left out. It uses an index sorted by end
// of term, so it costs a binary search plus the agreements returned.
func (r *Register) ExpiringWithin(d date.Date, days int) []Agreement {
	if days < 0 || !d.IsValid() {
		return nil
	}
	var out []Agreement
	r.read(func(ix *index) {
		lo := dayNumber(d)
		hi := dayNumber(d.AddDays(days))
		start, _ := slices.BinarySearchFunc(ix.ends, lo, func(e endRef, t int) int { return e.day - t })
		for _, e := range ix.ends[start:] {
			if e.day > hi {
				break
			}
			s := r.statusOn(ix, e.pos, d)
			if s == StatusActive || s == StatusExpiringSoon {
				out = append(out, r.items[e.pos])
			}
		}
	})
	return out
}

// ByCountry returns the agreements with a party of the given country,
// named by ISO 3166-1 alpha-2 code ("KR") or by a name the region package
// knows ("Korea Selatan", "RRT", "Swedia"). An unknown name gives nil.
func (r *Register) ByCountry(country string) []Agreement {
	code := strings.ToUpper(strings.TrimSpace(country))
	if len(code) != 2 {
		reg, err := region.Find(country)
		if err != nil || reg.Country == "" {
			return nil
		}
		code = reg.Country
	}
	return r.filter(func(_ *index, i int) bool {
		for _, p := range r.items[i].Parties {
			if p.CountryCode() == code {
				return true
			}
		}
		return false
	})
}

// ByPartner returns the agreements with a party that is the given region
// or lies within it, the region given by code or by name as region.Find
// reads it ("KR-28", "Incheon", "Jawa Tengah"). A name region.Find does not
// know is compared with the parties' names (case, accents and punctuation
// ignored), so organisations can be found too.
func (r *Register) ByPartner(name string) []Agreement {
	reg, err := region.Find(name)
	if err != nil {
		reg = region.Region{}
	}
	key := fold.Key(name)
	return r.filter(func(_ *index, i int) bool {
		for _, p := range r.items[i].Parties {
			if reg.IsValid() && p.Region.IsValid() && (p.Region.Code == reg.Code || region.Within(p.Region, reg.Code)) {
				return true
			}
			if !reg.IsValid() && key != "" && fold.Key(p.Name) == key {
				return true
			}
		}
		return false
	})
}

// BySector returns the agreements that list sector s.
func (r *Register) BySector(s Sector) []Agreement {
	return r.filter(func(_ *index, i int) bool { return r.items[i].HasSector(s) })
}

// StageOn returns the stage the agreement has reached on d: the stage of
// its latest event that has happened by d (the later stage on a tie), with
// the signing date counting as StageSigning. Events without a date count
// as the earliest. Zero if nothing has happened.
func (a *Agreement) StageOn(d date.Date) Stage {
	var best Stage
	var bestDay date.Date
	consider := func(s Stage, p PartialDate) {
		if !p.HappenedBy(d) {
			return
		}
		day := p.Last() // zero for a zero p: counts as earliest
		if best == 0 || day.After(bestDay) || (day == bestDay && s > best) {
			best, bestDay = s, day
		}
	}
	for _, e := range a.Events {
		consider(e.Stage, e.Date)
	}
	if !a.Signed.IsZero() {
		consider(StageSigning, a.Signed)
	}
	return best
}

// AtStage returns the agreements whose stage on d (Agreement.StageOn) is s.
func (r *Register) AtStage(s Stage, d date.Date) []Agreement {
	return r.filter(func(_ *index, i int) bool { return r.items[i].StageOn(d) == s })
}

// Dormant returns the agreements in force on d with no activity recorded
// in the months months before d: their latest activity that had happened
// by d (see Agreement.LastActivityBy), or their start if they had none by
// d, is before d minus months months, or neither is known. Activities
// after d do not count, so a past date is answered as it stood then.
// These are the agreements that stay "only on paper". The rule is
// Agreement.DormancyOn's, with the status Register.StatusOn reports.
func (r *Register) Dormant(d date.Date, months int) []Agreement {
	if months < 0 || !d.IsValid() {
		return nil
	}
	return r.filter(func(ix *index, i int) bool {
		s := r.statusOn(ix, i, d)
		if s != StatusActive && s != StatusExpiringSoon {
			return false
		}
		return r.items[i].DormancyOn(d, months, s).Dormant
	})
}

// Successors returns the agreements that name id as their predecessor.
func (r *Register) Successors(id string) []Agreement {
	var out []Agreement
	r.read(func(ix *index) {
		for _, j := range ix.successors[id] {
			out = append(out, r.items[j])
		}
	})
	return out
}

// Chain returns the renewal and phase chain of the agreement id, oldest
// first: its predecessors back to the first, the agreement itself, then its
// successors and theirs (breadth first, register order among siblings).
// Unknown predecessors end the walk back; a loop is walked once. An
// unknown id gives nil.
func (r *Register) Chain(id string) []Agreement {
	var out []Agreement
	r.read(func(ix *index) {
		i, ok := r.byID[id]
		if !ok {
			return
		}
		seen := map[int]bool{i: true}
		var back []int
		for p := r.items[i].Predecessor; p != ""; {
			j, ok := r.byID[p]
			if !ok || seen[j] {
				break
			}
			seen[j] = true
			back = append(back, j)
			p = r.items[j].Predecessor
		}
		for k := len(back) - 1; k >= 0; k-- {
			out = append(out, r.items[back[k]])
		}
		out = append(out, r.items[i])
		queue := []int{i}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, j := range ix.successors[r.items[cur].ID] {
				if !seen[j] {
					seen[j] = true
					out = append(out, r.items[j])
					queue = append(queue, j)
				}
			}
		}
	})
	return out
}

// Validate checks every agreement (Agreement.Validate) and what needs the
// whole register: predecessors that are not in the register, predecessor
// chains that loop, and successors signed before their predecessor or
// numbered with a phase not after it (ErrChainOrder). It returns every problem, joined, each a
// *Problem.
func (r *Register) Validate() error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var errs []error
	for i := range r.items {
		a := &r.items[i]
		if err := a.Validate(); err != nil {
			errs = append(errs, err)
		}
		if a.Predecessor == "" {
			continue
		}
		if _, ok := r.byID[a.Predecessor]; !ok {
			errs = append(errs, &Problem{ID: a.ID, Field: "predecessor", Err: ErrUnknownPredecessor, Detail: a.Predecessor})
			continue
		}
		pre := &r.items[r.byID[a.Predecessor]]
		if s, ps := a.SignedOn(), pre.SignedOn(); s.IsValid() && ps.IsValid() && s.Last().Before(ps.First()) {
			errs = append(errs, &Problem{ID: a.ID, Field: "signed", Err: ErrChainOrder, Detail: fmt.Sprintf("signed %s, predecessor %s signed %s", s, pre.ID, ps)})
		}
		if a.Phase > 0 && pre.Phase > 0 && a.Phase <= pre.Phase {
			errs = append(errs, &Problem{ID: a.ID, Field: "phase", Err: ErrChainOrder, Detail: fmt.Sprintf("phase %d, predecessor %s phase %d", a.Phase, pre.ID, pre.Phase)})
		}
		seen := map[string]bool{a.ID: true}
		for p := a.Predecessor; p != ""; {
			if seen[p] {
				errs = append(errs, &Problem{ID: a.ID, Field: "predecessor", Err: ErrPredecessorCycle, Detail: fmt.Sprintf("via %s", p)})
				break
			}
			seen[p] = true
			j, ok := r.byID[p]
			if !ok {
				break
			}
			p = r.items[j].Predecessor
		}
	}
	return errors.Join(errs...)
}
