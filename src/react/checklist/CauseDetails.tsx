import type { Formatter } from '../../core';

/** Props of `CauseDetails`. */
export interface CauseDetailsProps {
  id: string;
  hidden: boolean;
  descriptionId: string;
  questionsId: string;
  description: string;
  questions: string[];
  format: Formatter;
}

/** What an entry shows when opened: its description and the questions that confirm it. */
export function CauseDetails({
  id,
  hidden,
  descriptionId,
  questionsId,
  description,
  questions,
  format,
}: CauseDetailsProps) {
  return (
    <div id={id} className="okr-checklist__details" hidden={hidden}>
      {description && (
        <p id={descriptionId} className="okr-checklist__description">
          {description}
        </p>
      )}
      {questions.length > 0 && (
        <div className="okr-checklist__questions">
          <p id={questionsId} className="okr-checklist__subtitle">
            {format.format('checklist.questions')}
          </p>
          <ul aria-labelledby={questionsId}>
            {questions.map((question, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a host's questions may repeat; the list is never reordered
              <li key={position}>{question}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
