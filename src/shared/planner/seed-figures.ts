// The study-time figures learners plan certifications with, shown next to the
// projection as context. Source: the Buildpath product brief (section
// "Study-time figures learners plan with").

export interface SeedFigure {
  hoursPerWeek: readonly [number, number];
  months: readonly [number, number];
}

export const SEED_FIGURES: readonly SeedFigure[] = [
  { hoursPerWeek: [6, 8], months: [6, 8] },
  { hoursPerWeek: [10, 12], months: [3, 4] },
];

export function describeSeedFigure(figure: SeedFigure): string {
  return (
    `${figure.hoursPerWeek[0]}–${figure.hoursPerWeek[1]} h a week finishes a certification in ` +
    `${figure.months[0]}–${figure.months[1]} months`
  );
}

/** The seed figure whose hours are nearest to the learner's plan. */
export function nearestSeedFigure(hoursPerWeek: number): SeedFigure {
  const distance = (figure: SeedFigure) =>
    hoursPerWeek < figure.hoursPerWeek[0]
      ? figure.hoursPerWeek[0] - hoursPerWeek
      : Math.max(0, hoursPerWeek - figure.hoursPerWeek[1]);
  return SEED_FIGURES.reduce((best, figure) => (distance(figure) < distance(best) ? figure : best));
}
