// The import playground: a sample file or your own (pasted, chosen or dropped) read by
// `parseOkrCsv`, with the mapping it used, every issue by row and column, and the board.

import { OkrBalanceBoard } from 'okr-balance';
import { type DateOrder, type ParseOkrCsvOptions, parseOkrCsv } from 'okr-balance/import';
import { IMPORT_MESSAGES_DE, MESSAGES_DE } from 'okr-balance/locales/de';
import { type DragEvent, useId, useMemo, useState } from 'react';
import { SAMPLES, type SampleName } from './samples';
import './playground.css';

export interface ImportPlaygroundProps {
  /** The sample shown first. */
  sample?: SampleName;
  /** The moment of analysis. */
  now?: string;
  /** German issue texts. */
  german?: boolean;
}

export function ImportPlayground({
  sample = 'european',
  now = '2026-02-15',
  german = false,
}: ImportPlaygroundProps) {
  const id = useId();
  const [text, setText] = useState(SAMPLES[sample].text);
  const [chosen, setChosen] = useState<SampleName | ''>(sample);
  const [dateOrder, setDateOrder] = useState<DateOrder | ''>('');
  const [dragging, setDragging] = useState(false);
  const [start, setStart] = useState('2026-01-01');
  const [end, setEnd] = useState('2026-04-01');
  // A file without start and end dates (Culture Amp's, Atlassian's, Peoplebox's) is read again
  // with the cycle given below.
  const { result, cycleGiven } = useMemo(() => {
    const options: ParseOkrCsvOptions = {
      ...(dateOrder ? { dateOrder } : {}),
      ...(german ? { messages: IMPORT_MESSAGES_DE } : {}),
    };
    const read = parseOkrCsv(text, options);
    if (!read.issues.some((issue) => issue.code === 'no-cycle')) {
      return { result: read, cycleGiven: false };
    }
    return { result: parseOkrCsv(text, { ...options, cycle: { start, end } }), cycleGiven: true };
  }, [text, dateOrder, german, start, end]);
  const read = async (file: File | undefined) => {
    if (!file) return;
    setChosen('');
    setText(await file.text());
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };
  const fields = Object.entries(result.mapping.fields);
  return (
    <div className="import-playground">
      <section aria-labelledby={`${id}file`} className="import-playground__file">
        <h2 id={`${id}file`}>File</h2>
        <div className="import-playground__controls">
          <label>
            Sample{' '}
            <select
              value={chosen}
              onChange={(event) => {
                const name = event.target.value as SampleName;
                setChosen(name);
                setText(SAMPLES[name].text);
              }}
            >
              {chosen === '' && <option value="">(your file)</option>}
              {Object.entries(SAMPLES).map(([name, { label }]) => (
                <option key={name} value={name}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Dates a/b/yyyy{' '}
            <select
              value={dateOrder}
              onChange={(event) => setDateOrder(event.target.value as DateOrder | '')}
            >
              <option value="">detected</option>
              <option value="dmy">day first</option>
              <option value="mdy">month first</option>
            </select>
          </label>
          <label>
            Cycle start (when the file has no dates){' '}
            <input type="date" value={start} onChange={(event) => setStart(event.target.value)} />
          </label>
          <label>
            Cycle end{' '}
            <input type="date" value={end} onChange={(event) => setEnd(event.target.value)} />
          </label>
          <label>
            Open a file{' '}
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              onChange={(event) => void read(event.target.files?.[0])}
            />
          </label>
        </div>
        <label className="import-playground__text" data-dragging={dragging || undefined}>
          CSV or TSV (paste, or drop a file here)
          <textarea
            value={text}
            spellCheck={false}
            rows={10}
            onChange={(event) => {
              setChosen('');
              setText(event.target.value);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          />
        </label>
      </section>
      <section aria-labelledby={`${id}mapping`}>
        <h2 id={`${id}mapping`}>Mapping</h2>
        <p>
          {result.mapping.format === 'wide' ? 'A row per objective' : 'A row per key result'},
          separated by{' '}
          {result.mapping.delimiter === '\t' ? 'tabs' : `“${result.mapping.delimiter}”`}, dates{' '}
          {result.mapping.dateOrder === 'dmy' ? 'day first' : 'month first'}.
          {cycleGiven
            ? ` The file has no start and end dates: the cycle is ${start} to ${end}.`
            : ''}
        </p>
        <table className="import-playground__table">
          <caption>Columns read</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Column</th>
            </tr>
          </thead>
          <tbody>
            {fields.map(([field, column]) => (
              <tr key={field}>
                <td>{field}</td>
                <td>{column}</td>
              </tr>
            ))}
            {result.mapping.keyResults.map((group, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: numbered key-result columns
              <tr key={`kr${index}`}>
                <td>key result {index + 1}</td>
                <td>{Object.values(group).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Not read:{' '}
          {result.mapping.unused.length > 0 ? result.mapping.unused.join(', ') : 'no column'}
        </p>
      </section>
      <section aria-labelledby={`${id}issues`}>
        <h2 id={`${id}issues`}>Issues ({result.issues.length})</h2>
        {result.issues.length === 0 ? (
          <p>None: every cell was read.</p>
        ) : (
          <ul className="import-playground__issues" aria-labelledby={`${id}issues`}>
            {result.issues.map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id of their own
              <li key={index} data-severity={issue.severity}>
                {issue.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}board`}>
        <h2 id={`${id}board`}>Board</h2>
        {result.ok ? (
          <OkrBalanceBoard
            okrs={result.value}
            now={now}
            {...(german ? { locale: 'de-DE', messages: MESSAGES_DE } : {})}
          />
        ) : (
          <p role="status">Nothing to show: see the issues.</p>
        )}
      </section>
    </div>
  );
}
