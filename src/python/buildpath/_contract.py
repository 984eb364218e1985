"""Constants of the check-result contract (docs/check-result.md).

Generated from the zod schemas in src/shared by scripts/write-python-contract.ts;
do not edit by hand."""

RESULT_VERSION = 3
RESULT_FORMAT = "buildpath-check/1"
TEST_STATUSES = ("pass", "fail", "error", "not_attempted", "timeout",)
OVERALL_STATUSES = ("pass", "fail", "error", "not_attempted",)
OUTPUT_MAX_CHARS = 500
DEFAULT_BUDGET_SECONDS = 10
