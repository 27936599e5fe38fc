package demo

import (
	"context"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
)

// PublishCaseStudies takes up to limit closed, consented demo cases through the real case
// study workflow: drafted by the anonymizer, submitted, approved and published. Cases whose
// facts cannot be made k-anonymous stay drafts for review, as they would in use. It returns
// how many were published.
func PublishCaseStudies(ctx context.Context, db *repo.DB, svc *domain.CaseStudyService, limit int) (int, error) {
	var ids []int64
	err := db.Gorm.WithContext(ctx).Table("cases").
		Where("status = 'closed' AND consent_to_publish AND NOT consumer_is_minor AND outcome IN ('agreement', 'business_remedied', 'failed', 'terminated')").
		Where("NOT EXISTS (SELECT 1 FROM case_studies cs WHERE cs.case_id = cases.id)").
		Order("closed_at DESC, id").Pluck("id", &ids).Error
	if err != nil {
		return 0, err
	}
	staff := domain.Actor{Kind: domain.ActorStaff, UserID: 1, Name: "案例编辑", Can: func(string, string, string) bool { return true }}
	published := 0
	for _, id := range ids {
		if published >= limit {
			break
		}
		st, err := svc.Draft(ctx, staff, id)
		if err != nil {
			return published, err
		}
		if st.NeedsReview {
			continue
		}
		for _, action := range []string{"submit", "approve", "publish"} {
			if st, err = svc.Act(ctx, staff, st.ID, st.Version, action, ""); err != nil {
				break
			}
		}
		if domain.CodeOf(err) == domain.ECodeInvalid {
			continue // personal data the anonymizer missed: left for an editor, never published
		}
		if err != nil {
			return published, err
		}
		published++
	}
	return published, nil
}
