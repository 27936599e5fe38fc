package repo

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	"gorm.io/gorm/utils"
)

// queryLogger is gorm's logger. It never logs a query's values, which hold personal data
// (names, mobiles, narratives): a slow query is logged by the line of code that ran it and
// its duration, a failed one by its error, and only at debug level the SQL, with its
// placeholders. The constraint violations the repositories expect and turn into conflict
// errors, and "record not found", are not failures.
type queryLogger struct {
	slow time.Duration
}

var _ gorm.ParamsFilter = queryLogger{}

// Scan traces its query through gorm's recorder, which keeps the values unless told not to.
func init() {
	logger.RecorderParamsFilter = func(_ context.Context, sql string, _ ...any) (string, []any) { return sql, nil }
}

// LogMode implements logger.Interface; the level is slog's, set at start.
func (l queryLogger) LogMode(logger.LogLevel) logger.Interface { return l }

func (queryLogger) Info(ctx context.Context, msg string, data ...any) {
	slog.InfoContext(ctx, fmt.Sprintf(msg, data...))
}

func (queryLogger) Warn(ctx context.Context, msg string, data ...any) {
	slog.WarnContext(ctx, fmt.Sprintf(msg, data...))
}

func (queryLogger) Error(ctx context.Context, msg string, data ...any) {
	slog.ErrorContext(ctx, fmt.Sprintf(msg, data...))
}

// ParamsFilter implements gorm.ParamsFilter: the SQL handed to Trace keeps its placeholders.
func (queryLogger) ParamsFilter(_ context.Context, sql string, _ ...any) (string, []any) {
	return sql, nil
}

// Trace implements logger.Interface.
func (l queryLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	elapsed := time.Since(begin)
	switch {
	case err != nil && !errors.Is(err, gorm.ErrRecordNotFound) && !errors.Is(err, gorm.ErrDuplicatedKey) && !errors.Is(err, gorm.ErrForeignKeyViolated):
		slog.ErrorContext(ctx, "database query failed", "err", err, "at", utils.FileWithLineNum(), "ms", elapsed.Milliseconds())
	case elapsed > l.slow:
		_, rows := fc()
		slog.WarnContext(ctx, "slow database query", "at", utils.FileWithLineNum(), "ms", elapsed.Milliseconds(), "rows", rows)
	case slog.Default().Enabled(ctx, slog.LevelDebug):
		sql, rows := fc()
		slog.DebugContext(ctx, "database query", "sql", sql, "at", utils.FileWithLineNum(), "ms", elapsed.Milliseconds(), "rows", rows)
	}
}
