import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/import';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('delimiter detection: the one the header and most records hold as often', () => {
  it('prefers commas that every record holds to a semicolon the header alone holds', () => {
    expect(detectDelimiter(lines('Objective,Title;Notes,Target', 'A,B;C,1', 'D,E,2'))).toBe(',');
  });

  it('counts each delimiter exactly: two semicolons in the header do not match one in a record', () => {
    expect(detectDelimiter(lines('a;b;c,d', 'x;y,z', 'x;y,z'))).toBe(',');
  });

  it('does not count delimiters inside quoted headers and cells', () => {
    expect(detectDelimiter(lines('Objective,"Target; units"', '"A; B",5'))).toBe(',');
    expect(detectDelimiter(lines('Objective;"Target, units"', '"A, B";5'))).toBe(';');
  });

  it('breaks ties as documented: tab, then semicolon, then comma', () => {
    expect(detectDelimiter(lines('Objective;Target,Current', 'A;1,2'))).toBe(';');
    expect(detectDelimiter(lines('Objective\tTarget;Current', 'A\t1;2'))).toBe('\t');
    expect(detectDelimiter(lines('Objective\tTarget,Current', 'A\t1,2'))).toBe('\t');
  });

  it('reads the first 20 records (the header and 19 more), not the 21st', () => {
    // Header and 19 records hold a comma and a semicolon each: a tie, which the semicolon wins.
    // A 21st record with a comma alone would tip it to the comma if it were counted.
    const tied = Array.from({ length: 19 }, () => 'x,y;z');
    expect(detectDelimiter(lines('a,b;c', ...tied, 'x,y'))).toBe(';');
    expect(detectDelimiter(lines('a,b;c', ...tied.slice(1), 'x,y'))).toBe(',');
  });
});
