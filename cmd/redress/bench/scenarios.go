package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Scenario is a workload through the API and, where one exists, the same work done
// directly on the database.
type Scenario struct {
	Name     string
	API      Op
	Baseline string
	Raw      Op
}

// Env is what the scenarios need of the running server and its database.
type Env struct {
	Base     string
	HTTP     *http.Client
	Password string
	// Mediator works the inbox and its cases; National and Provincial read the dashboards
	// of CCA and GD with their descendants.
	Mediator, National, Provincial string
	// Complaint is the intake body of a worker's i-th complaint.
	Complaint func(worker, i int) []byte
	// Pool reaches the database for the raw baselines; nil skips them (SQLite).
	Pool *pgxpool.Pool
	// Overview runs the dashboard's own queries without the server, for the national
	// scope or GD's.
	Overview func(ctx context.Context, national bool) error
	// DeepPages is how many pages of 100 the deep cursor lies behind.
	DeepPages int
}

// deepFilter narrows the deep inbox page: closed online-shopping cases.
const deepFilter = "status=closed&category=online_shopping"

var searchTerms = []string{"退款", "直播", "老人", "装修", "预付卡", "游戏充值"}

// Scenarios logs in, picks the cases to work on and returns the scenarios in the order
// they should run: reads first, then the writes that change what the reads see.
func Scenarios(ctx context.Context, env Env) ([]Scenario, error) {
	login := func(email string) (*Client, error) { return Login(ctx, env.HTTP, env.Base, email, env.Password) }
	med, err := login(env.Mediator)
	if err != nil {
		return nil, err
	}
	national, err := login(env.National)
	if err != nil {
		return nil, err
	}
	provincial, err := login(env.Provincial)
	if err != nil {
		return nil, err
	}
	anon := &Client{Base: env.Base, HTTP: env.HTTP}

	type page struct {
		Items []struct {
			ID          int64 `json:"id"`
			Association struct {
				Code string `json:"code"`
			} `json:"association"`
		} `json:"items"`
		NextCursor string `json:"next_cursor"`
	}
	var ids []int64
	var first page
	cursor := ""
	for range 10 {
		var p page
		if err := med.Do(ctx, "GET", "/api/v1/cases?limit=100&cursor="+url.QueryEscape(cursor), nil, &p); err != nil {
			return nil, err
		}
		if first.Items == nil {
			first = p
		}
		for _, it := range p.Items {
			ids = append(ids, it.ID)
		}
		if cursor = p.NextCursor; cursor == "" {
			break
		}
	}
	if len(ids) == 0 {
		return nil, errors.New("bench: the mediator's inbox is empty")
	}
	deep, depth := "", 0
	for range env.DeepPages {
		var p page
		if err := med.Do(ctx, "GET", "/api/v1/cases?"+deepFilter+"&limit=100&cursor="+url.QueryEscape(deep), nil, &p); err != nil {
			return nil, err
		}
		if p.NextCursor == "" {
			break
		}
		deep, depth = p.NextCursor, depth+len(p.Items)
	}
	pick := func() int64 { return ids[rand.IntN(len(ids))] }
	run := time.Now().UnixNano()

	out := []Scenario{
		{Name: "inbox first page", API: func(ctx context.Context, _, _ int) error {
			return med.Do(ctx, "GET", "/api/v1/cases?limit=25", nil, nil)
		}},
		{Name: fmt.Sprintf("inbox page at %d, filtered", depth), API: func(ctx context.Context, _, _ int) error {
			return med.Do(ctx, "GET", "/api/v1/cases?"+deepFilter+"&limit=25&cursor="+url.QueryEscape(deep), nil, nil)
		}},
		{Name: "case detail", API: func(ctx context.Context, _, _ int) error {
			return med.Do(ctx, "GET", "/api/v1/cases/"+strconv.FormatInt(pick(), 10), nil, nil)
		}},
		{Name: "overview national", API: func(ctx context.Context, _, _ int) error {
			return national.Do(ctx, "GET", "/api/v1/stats/overview?association=CCA&descendants=true", nil, nil)
		}},
		{Name: "overview provincial", API: func(ctx context.Context, _, _ int) error {
			return provincial.Do(ctx, "GET", "/api/v1/stats/overview?association=GD&descendants=true", nil, nil)
		}},
		{Name: "case-study search", API: func(ctx context.Context, w, i int) error {
			return anon.Do(ctx, "GET", "/api/v1/public/case-studies?q="+url.QueryEscape(searchTerms[(w+i)%len(searchTerms)]), nil, nil)
		}},
		{Name: "note on a case", API: func(ctx context.Context, _, _ int) error {
			return med.Do(ctx, "POST", "/api/v1/cases/"+strconv.FormatInt(pick(), 10)+"/notes",
				map[string]string{"body": "已电话联系商家，等待回复。", "visibility": "internal"}, nil)
		}},
		{Name: "complaint intake", API: func(ctx context.Context, w, i int) error {
			return anon.Do(ctx, "POST", "/api/v1/complaints", env.Complaint(w, i), nil, "Idempotency-Key", fmt.Sprintf("bench-%d-%d-%d", run, w, i))
		}},
	}
	if env.Overview != nil {
		out[3].Baseline, out[3].Raw = "repo queries", func(ctx context.Context, _, _ int) error { return env.Overview(ctx, true) }
		out[4].Baseline, out[4].Raw = "repo queries", func(ctx context.Context, _, _ int) error { return env.Overview(ctx, false) }
	}
	if env.Pool != nil {
		if err := addRaw(ctx, env, out, first.Items[0].Association.Code, depth, pick, run); err != nil {
			return nil, err
		}
	}
	return out, nil
}
