// `okr-balance/locales/de`: the German catalogue, an entry of its own so that only an app that
// speaks German carries it.
import type { MessageId, Messages } from '../core';
import type { ImportMessageId } from '../import';
import { CATALOG_MESSAGES_DE } from './de.causes';

/** German translations of every message in `MESSAGES_EN`, and of the cause catalogue. */
export const MESSAGES_DE: Record<MessageId, string> & Messages = {
  ...CATALOG_MESSAGES_DE,
  'status.done': 'Erledigt',
  'status.ahead': 'Übertroffen',
  'status.on-track': 'Im Plan',
  'status.not-started': 'Nicht begonnen',
  'status.behind': 'Verzögert',
  'status.at-risk': 'Gefährdet',
  'status.off-track': 'Stark im Verzug',
  'status.stale': 'Kein aktueller Check-in',
  'status.unknown': 'Unbekannter Status',
  'level.balanced': 'Ausgewogen',
  'level.uneven': 'Ungleichmäßig',
  'level.unbalanced': 'Unausgewogen',
  'strength.strong': 'Starkes Signal',
  'strength.possible': 'Möglich',
  'area.leader': 'Führung',
  'area.team': 'Team',
  'area.target': 'Zielsetzung',
  'area.process': 'Review-Prozess',
  'area.value': 'Kundennutzen',
  'area.horizon': 'Zeithorizont',
  'area.organization': 'Organisation',

  'explain.done':
    'Fortschritt {progress, percent}: Das Objective hat sein Ziel erreicht (Erledigt-Regel).',
  'explain.not-started':
    'Noch nichts gemeldet, und nach {elapsed, percent} des Zyklus ist es für eine Bewertung zu früh (Frühphasenregel).',
  'explain.too-early':
    'Fortschritt {progress, percent}; nach {elapsed, percent} des Zyklus ist es für eine Hochrechnung zu früh (Frühphasenregel).',
  'explain.projection':
    'Hochgerechnet werden bis zum Ende des Zyklus {projection, percent} erreicht; als Erfolg gelten {bar, percent} (Projektionsregel).',
  'explain.score-bands':
    'Hochgerechneter Score zum Ende des Zyklus: {projection, number}; ab {green, number} gilt Grün, ab {yellow, number} Gelb (Score-Band-Regel).',
  'explain.gap-points':
    'Fortschritt {progress, percent}, erwartet waren {expected, percent}: eine Lücke von {gap, number} Prozentpunkten; im Plan unter {onTrack, number}, verzögert bis {behind, number} (Lückenregel).',
  'explain.pace-ratio':
    'Das Tempo liegt bei {ratio, percent} des Idealtempos; im Plan ab {onTrack, percent}, verzögert ab {behind, percent} (Tempo-Regel).',
  'explain.forecast':
    'Im Tempo der letzten {checkIns, number} Check-ins werden bis zum Ende des Zyklus {forecast, percent} erreicht, wahrscheinlich zwischen {low, percent} und {high, percent}; als Erfolg gelten {bar, percent} (Prognoseregel).',
  'explain.forecast-narrow':
    'Im Tempo der letzten {checkIns, number} Check-ins werden bis zum Ende des Zyklus {forecast, percent} erreicht, mit geringer Streuung; als Erfolg gelten {bar, percent} (Prognoseregel).',
  'explain.forecast-none':
    'Zu wenige Check-ins für eine Prognose; im bisherigen Tempo werden bis zum Ende des Zyklus {projection, percent} erreicht; als Erfolg gelten {bar, percent} (Prognoseregel).',
  'explain.confidence':
    'Das Vertrauen des Teams liegt bei {confidence, percent} und damit unter {limit, percent}, daher ist der Status unabhängig vom Fortschritt mindestens „{status, status}“ (Vertrauensregel).',

  'evidence.capacity-imbalance':
    'Nach {elapsed, percent} des Zyklus steht „{leader}“ bei {leaderProgress, percent}, „{laggard}“ dagegen erst bei {laggardProgress, percent}.',
  'evidence.completed-early':
    '„{title}“ wurde bereits nach {elapsed, percent} des Zyklus erledigt.',
  'evidence.projected-far-over':
    '„{title}“ erreicht hochgerechnet {projection, percent}, mindestens das {factor, number}-Fache der Erfolgsschwelle von {bar, percent}.',
  'evidence.projected-short':
    '„{title}“ kommt voran, erreicht hochgerechnet aber nur {projection, percent} bei einer Erfolgsschwelle von {bar, percent}.',
  'evidence.no-progress': '„{title}“ zeigt nach {elapsed, percent} des Zyklus keinen Fortschritt.',
  'evidence.no-key-results':
    '„{title}“ hat keine Key Results und liegt hinter dem erwarteten Tempo.',
  'evidence.stalled':
    '„{title}“ ist in {count} Check-ins über {days} Tage nicht über {progress, percent} hinausgekommen.',
  'evidence.stale':
    'Der letzte Check-in zu „{title}“ liegt {days, plural, one {# Tag} other {# Tage}} zurück.',
  'evidence.sparse-check-ins':
    'Zwischen den Check-ins zu „{title}“ liegen im Median {days, plural, one {# Tag} other {# Tage}}.',
  'evidence.many-objectives':
    '{count} Objectives in einem Zyklus, mehr als die {limit}, die ein Team meist im Fokus behalten kann.',
  'evidence.added-late': '„{title}“ wurde erst nach {elapsed, percent} des Zyklus hinzugefügt.',
  'evidence.confidence-mismatch':
    'Für „{title}“ werden {progress, percent} gemessen, das Vertrauen des Teams liegt aber bei {confidence, percent}.',
  'evidence.all-done':
    '{share, percent} der Objectives sind nach {elapsed, percent} des Zyklus erledigt.',

  'issue.invalid-input':
    'Die Eingabe ist kein Objekt mit einem Zyklus und einer Liste von Objectives.',
  'issue.missing': '{path} fehlt.',
  'issue.wrong-type': '{path} sollte {expected} sein.',
  'issue.not-a-number': '{path} ist keine Zahl.',
  'issue.not-finite': '{path} ist keine endliche Zahl.',
  'issue.negative': '{path} darf nicht negativ sein.',
  'issue.out-of-range': '{path} muss zwischen 0 und 1 liegen.',
  'issue.empty': '{path} darf nicht leer sein.',
  'issue.invalid-date':
    '{path} ist kein Datum: Zulässig sind ein ISO-8601-Text wie 2026-01-31, Millisekunden seit der Unix-Epoche oder ein Date.',
  'issue.not-allowed': '{path} muss „committed“ oder „aspirational“ sein.',
  'issue.cycle-order': 'Der Zyklus muss nach seinem Beginn enden.',
  'issue.empty-range':
    '{path}: Ziel- und Startwert sind gleich, daher lässt sich kein Fortschritt messen; bitte einen anderen Zielwert oder einen Fortschrittswert angeben.',
  'issue.duplicate-id': '{path} wiederholt eine bereits verwendete ID.',
  'issue.no-objectives': 'Es gibt keine Objectives zu analysieren.',
  'issue.no-progress': '{path} hat weder Key Results noch einen Fortschrittswert.',
  'issue.zero-weights': 'Alle Gewichte sind 0, daher zählt jedes Objective gleich.',
  'issue.invalid-pace':
    'Die Tempofunktion hat einen Wert geliefert, der keine Zahl zwischen 0 und 1 ist.',
  'issue.unmeasurable':
    '{path}: Die Änderung ist im Verhältnis zum Bereich von Start bis Ziel zu groß, um gemessen zu werden; geben Sie einen Fortschrittswert an.',
  'issue.not-positive': '{path} muss größer als 0 sein.',
  'issue.out-of-order': '{path} darf nicht größer als {other} sein.',
  'issue.unknown-preset':
    '{path} nennt keine Status-Vorgabe: verwenden Sie „default“, „score-bands“, „gap-points“, „pace-ratio“ oder „forecast“.',
  'issue.not-a-function': '{path} ist keine Funktion.',
  'issue.callback-threw': '{path} hat einen Fehler ausgelöst.',
  'issue.callback-result': '{path} hat ein unbrauchbares Ergebnis geliefert.',
  'issue.unreadable': '{path} kann nicht gelesen werden: Beim Lesen trat ein Fehler auf.',
  'expected.number': 'eine Zahl',
  'expected.string': 'Text',
  'expected.array': 'eine Liste',
  'expected.object': 'ein Objekt',
  'expected.boolean': 'true oder false',
  'expected.value': 'ein gültiger Wert',
  'action.objective-left-out': 'Dieses Objective wird nicht berücksichtigt.',
  'action.key-result-left-out': 'Dieses Key Result wird nicht berücksichtigt.',
  'action.check-in-left-out': 'Dieser Check-in wird nicht berücksichtigt.',
  'action.nothing-analysed': 'Es kann nichts analysiert werden.',
  'action.default-used': 'Stattdessen wird der Standardwert verwendet.',
  'action.ignored': 'Der Wert wird ignoriert.',
  'action.raised-to-zero': 'Der Wert zählt als 0.',
  'action.counts-as-zero': 'Der Fortschritt zählt als 0.',
  'action.rule-left-out': 'Diese Regel wird nicht berücksichtigt.',
  'action.finding-left-out': 'Dieser Befund wird nicht berücksichtigt.',
  // Issue 18: Werte, wie Tabellen sie liefern.
  'issue.number-as-text': '{path} ist eine als Text geschriebene Zahl („{text}“).',
  'issue.percent-as-text': '{path} ist ein als Text geschriebener Prozentwert („{text}“).',
  'action.read-as-number': 'Gelesen wird {value}.',
  'action.numbers-only': 'parseOkrSet nimmt nur Zahlen; analyzeOkrs liest dies mit einer Warnung.',
  'issue.percent-mixed':
    '{path} ist ein Prozentwert („{text}“), aber {other} ist {otherValue}, gemeint sein kann also {fraction} oder {whole}: Das wird nicht geraten. Geben Sie Start-, Ziel- und aktuellen Wert alle als Prozentwerte oder Anteile von −1 bis 1 an oder alle als einfache Zahlen.',
  'issue.decimal-comma':
    '{path} enthält ein Komma („{text}“): Ob Dezimalkomma oder Tausendertrennzeichen, wird nicht geraten. Verwenden Sie einen Dezimalpunkt oder parseOkrCsv aus okr-balance/import, das die Dezimalkommas einer Datei liest.',
  'issue.digit-grouping':
    '{path} hat gruppierte Ziffern („{text}“), die nicht geraten werden. Geben Sie die Zahl ohne Trennzeichen an oder verwenden Sie parseOkrCsv aus okr-balance/import.',
  'issue.date-serial-day':
    '{path} ist {value}, in Epoch-Millisekunden {asMs}, sieht aber nach der fortlaufenden Tageszahl einer Tabellenkalkulation aus: {date}. Geben Sie das Datum als ISO-8601-Text („{date}“) oder in Epoch-Millisekunden ({ms}) an.',
  'issue.date-seconds':
    '{path} ist {value}, in Epoch-Millisekunden {asMs}, sieht aber nach Sekunden seit 1970 aus: {date}. Geben Sie das Datum als ISO-8601-Text („{date}“) oder in Epoch-Millisekunden ({ms}) an.',
  'issue.date-microseconds':
    '{path} ist {value}, in Epoch-Millisekunden {asMs}, sieht aber nach Mikrosekunden seit 1970 aus: {date}. Geben Sie das Datum als ISO-8601-Text („{date}“) oder in Epoch-Millisekunden ({ms}) an.',
  'issue.date-out-of-range':
    '{path} ist {value}, in Epoch-Millisekunden {asMs}: kein Zeitpunkt eines OKR-Zyklus (ein Datum als Zahl liegt zwischen 1973 und dem Jahr 5138). Geben Sie das Datum als ISO-8601-Text oder in Epoch-Millisekunden an.',
  'issue.date-number-text':
    '{path} sind als Text geschriebene Epoch-Millisekunden („{text}“, {date}). Geben Sie die Zahl an oder das Datum als ISO-8601-Text.',
  'issue.date-format':
    '{path} ist ein Datum im Format {format} („{text}“), das nicht geraten wird. Geben Sie es als ISO-8601-Text an (2026-01-31) oder verwenden Sie parseOkrCsv aus okr-balance/import mit seiner Option dateOrder.',

  'agenda.title': 'OKR-Review: {cycle}',
  'agenda.progress': 'Fortschritt',
  'agenda.plans': 'Pläne',
  'agenda.problems': 'Probleme',
  'agenda.progress-line': '{title}: {progress, percent}, {status}',
  'agenda.movement': '{delta, points} Prozentpunkte seit dem vorherigen Check-in',
  'agenda.no-cause':
    'In den Daten sticht keine Ursache hervor; am besten die Checkliste gemeinsam durchgehen.',
  'agenda.nothing': 'Hier gibt es nichts zu besprechen.',
  'agenda.likely-causes': 'Wahrscheinliche Ursachen',
  'agenda.unit': 'Team „{title}“',
  'agenda.since-summary':
    'Seit dem {date, date}: {worsened, number} schlechter, {improved, number} besser, {added, number} neu, {removed, number} weggefallen, {unchanged, number} unverändert.',
  'agenda.since': '{delta, points} Prozentpunkte seit dem {date, date}',
  'agenda.since-status': '{delta, points} Prozentpunkte seit dem {date, date}, vorher {status}',
  'agenda.added': 'neu seit dem {date, date}',
  'agenda.removed': '{title}: nicht mehr im Bericht (vorher {progress, percent}, {status})',

  'checklist.summary':
    '{suggested, plural, one {# Ursache} other {# Ursachen}} von den Daten nahegelegt; {checked, number} angehakt',
  'checklist.focus': 'Mit Blick auf „{title}“',
  'checklist.group': '{area}, {checked, number} von {total, number} angehakt',
  'checklist.suggested': 'Vorgeschlagen: {strength, strength}',
  'checklist.objectives': 'Objectives: {titles}',
  'checklist.remedies': 'Was helfen kann',
  'checklist.note': 'Notiz zu {title}',
  'checklist.empty': 'Diese Checkliste hat keine Einträge.',
  'checklist.suggested-group': 'Von den Daten nahegelegt',
  'checklist.details': 'Details zu {title}',
  'checklist.questions': 'Fragen zur Klärung',
  'checklist.kept-note': 'Ihre Notiz: {note}',

  'gauge.label': 'Ausgewogenheit des Fortschritts',
  'gauge.valuetext':
    'Ausgewogenheit {score} von 100: {reading}. Median-Fortschritt {median, percent}, erwartet {expected, percent}; Zielerreichung von {min, percent} bis {max, percent}. {count, plural, one {# Objective} other {# Objectives}}, {atRisk} gefährdet oder schlechter.',
  'gauge.balance': 'Ausgewogenheit',
  'gauge.of': 'von 100',
  'gauge.pace-early': '{level, level}',
  'gauge.pace-on-pace': '{level, level}',
  'gauge.pace-behind': '{level, level} – im Rückstand',
  'gauge.pace-all-behind': '{level, level} – alle im Rückstand',
  'gauge.value': '{value, percent}',
  'gauge.caption': 'Median-Fortschritt',
  'gauge.scale': '{value, percent}',
  'gauge.spread': 'Spanne {min, percent}–{max, percent}',
  'gauge.median': 'Median {value, percent}',
  'gauge.median-short': 'Median',
  'gauge.expected': 'Erwartet {value, percent}',
  'gauge.expected-short': 'Erwartet',
  'gauge.key-expected': 'Bis jetzt erwartet {value, percent}',
  'gauge.key-ticks': 'Objectives:',
  'gauge.tick': '{title}: {attainment, percent}, {status, status}',
  'gauge.empty': 'Noch keine Objectives zum Messen.',
  'levelText.balanced': 'ausgewogen',
  'levelText.uneven': 'ungleichmäßig',
  'levelText.unbalanced': 'unausgewogen',
  'data.invalid':
    'Dieser Bericht lässt sich nicht anzeigen: {count, plural, one {# Problem} other {# Probleme}} in seinen Daten (siehe onIssues).',
  'radar.label': 'Fortschritt je Objective',
  'radar.summary':
    '{count, plural, one {# Objective} other {# Objectives}}, Ausgewogenheit {score} von 100, {level, levelText}, {atRisk} gefährdet oder schlechter.',
  'radar.summary-empty': 'Keine Objectives anzuzeigen.',
  'radar.point': '{title}: {progress, percent}, erwartet {expected, percent}, {status, status}',
  'radar.progress': 'Fortschritt {progress, percent}',
  'radar.expected': 'Erwartet {expected, percent}',
  'radar.compare': '{label}: {value, percent}',
  'radar.compare-date': '{date, date}',
  'radar.caption': 'Fortschritt je Objective',
  'radar.col-objective': 'Objective',
  'radar.col-progress': 'Fortschritt',
  'radar.col-expected': 'Erwartet',
  'radar.col-status': 'Status',
  'radar.legend-progress': 'Fortschritt',
  'radar.legend-expected': 'Erwartetes Tempo',
  'radar.legend-comparison': 'Vergleich',
  'radar.percent': '{value, percent}',
  'radar.show-data': 'Daten zeigen',
  'radar.hide-data': 'Daten ausblenden',
  'board.title': 'OKR-Ausgewogenheit {cycle}',
  'board.objectives': 'Objectives und ihr Status',
  'board.progress': '{progress, percent} · erwartet {expected, percent}',
  'board.empty': 'Noch keine Objectives anzuzeigen.',
  'board.unit-title': '{unit} — OKR-Ausgewogenheit {cycle}',
  'board.levels': 'Ebenen der Organisation',
  'board.units': 'Teams, Objectives und ihr Status',
  'board.unit-count': '{count, plural, one {# Objective} other {# Objectives}}',
  'board.open-unit': 'Öffnet diese Einheit: ihre Teams und Objectives.',
  'board.level':
    '{unit}: {count, plural, one {# Objective} other {# Objectives}}, Ausgewogenheit {score} von 100',
  'board.level-empty': '{unit}: keine Objectives',
  'board.organisation-shown': 'Stattdessen wird die Organisation angezeigt.',
  'board.issues':
    'Ein Teil der Daten ließ sich so nicht verwenden: {count, plural, one {# Problem} other {# Probleme}}.',
  'board.issues-more':
    '… und {count, plural, one {# weiteres Problem} other {# weitere Probleme}}.',
  'board.issue': '{where}: {problem}. {outcome}',
  'board.where-objective': '„{title}“',
  'board.where-objective-untitled': 'Objective {position}',
  'board.where-key-result': '{objective}, Key Result {position}',
  'board.where-check-in': '{objective}, Check-in {position}',
  'board.where-cycle': 'Der Zyklus',
  'board.where-options': 'Eine Einstellung',
  'board.where-data': 'Die Daten',
  'board.field': '„{field}“',
  'board.field-none': 'der Eintrag',
  'board.problem.missing': '{field} fehlt',
  'board.problem.invalid': '{field} hat einen Wert, der sich nicht verwenden lässt',
  'board.problem.date': '{field} ist kein gültiges Datum',
  'board.problem.duplicate': 'seine ID hat auch ein anderes Objective',
  'board.problem.no-progress': 'es hat weder Key Results noch einen Fortschrittswert',
  'board.problem.unmeasurable': 'sein Fortschritt lässt sich aus den Angaben nicht messen',
  'board.problem.unreadable': 'nicht lesbar',
  'board.problem.no-objectives': 'keine Objectives enthalten',
  'board.problem.zero-weights': 'alle Gewichte sind 0, daher zählt jedes Objective gleich viel',
  'board.problem.other': '{field} lässt sich nicht verwenden',
  'board.problem.as-text': '{field} ist eine als Text geschriebene Zahl',
  'board.problem.separators':
    '{field} enthält ein Komma oder gruppierte Ziffern, die nicht erraten werden',
  'board.problem.date-number': '{field} ist eine Zahl, die kein Datum des Zyklus ist',
  'board.problem.date-format': '{field} ist ein Datum in einem anderen Format als 2026-01-31',
  'board.outcome.repaired': 'Korrigiert und angezeigt.',
  'board.outcome.left-out': 'Weggelassen.',
  'board.outcome.nothing': 'Es lässt sich nichts anzeigen.',
  'board.outcome.default': 'Stattdessen gilt der Standardwert.',
  'board.where-team': 'Team „{title}“',
  'board.where-team-untitled': 'Team {position}',
  'board.where-teams': 'Die Liste der Teams',
  'board.problem.duplicate-team': 'seine ID hat auch ein früheres Team',
  'board.problem.not-a-list': 'sie ist keine Liste',
  'board.problem.unknown-parent': 'sein übergeordnetes Team gibt es nicht',
  'board.problem.parent-cycle': 'seine übergeordneten Teams führen im Kreis zu ihm zurück',
  'board.problem.unknown-team': '{field} nennt ein Team, das nicht in der Liste der Teams steht',
  'board.problem.empty-team': 'es hat keine Objectives, weder selbst noch darunter',
  'board.problem.unknown-unit': '{field} nennt keine Einheit dieser Organisation',
  'board.outcome.under-organisation': 'Direkt unter die Organisation gestellt.',
  'board.outcome.id-as-name': 'Seine ID wird als Name verwendet.',
  'board.outcome.shown-empty': 'Angezeigt als „Keine Objectives“.',
  'board.outcome.unassigned': 'Unter „Nicht zugeordnet“ angezeigt.',
  'board.outcome.teams-ignored':
    'Das Team jedes Objectives wird als Team direkt unter der Organisation angezeigt.',

  'org.name': 'Organisation',
  'org.unassigned': 'Nicht zugeordnet',
  'org.no-objectives': 'Keine Objectives',
  'org.explain.weighted-mean':
    '{progress, percent}: gewichteter Mittelwert aus {parts, orgParts}; am niedrigsten: „{lowest}“ mit {lowestProgress, percent} (Regel gewichteter Mittelwert). {why, explain}',
  'org.explain.mean':
    '{progress, percent}: Mittelwert aus {parts, orgParts}, jedes einfach gezählt; am niedrigsten: „{lowest}“ mit {lowestProgress, percent} (Mittelwertregel). {why, explain}',
  'org.explain.weakest':
    '{progress, percent}: Das schwächste Element aus {parts, orgParts} entscheidet: „{lowest}“ mit {lowestProgress, percent}, {status, status} (Regel des schwächsten Glieds).',
  'org.explain.function':
    '{progress, percent}: eigene Zusammenfassung des Hosts aus {parts, orgParts}; am niedrigsten: „{lowest}“ mit {lowestProgress, percent}. {why, explain}',
  'org.explain.empty': 'Keine Objectives in dieser Einheit oder darunter.',
  'orgParts.teams': '{teams, plural, one {# Team} other {# Teams}}',
  'orgParts.objectives': '{objectives, plural, one {# Objective} other {# Objectives}}',
  'orgParts.both':
    '{teams, plural, one {# Team} other {# Teams}} und {objectives, plural, one {# Objective} other {# Objectives}}',
  'explain.none': '',
  'explain.unit-done': 'Alle Objectives darunter sind erledigt (Erledigt-Regel).',
  'evidence.unit-stalled':
    'Alle Objectives von „{title}“ ({count, plural, one {# Objective} other {# Objectives}}) kommen nicht mehr voran.',
  'issue.unknown-parent': '{path} nennt ein übergeordnetes Team, das es nicht gibt.',
  'issue.parent-cycle': '{path} schließt einen Kreis übergeordneter Teams: {teams}.',
  'issue.unknown-team': '{path} nennt ein Team, das nicht in der Liste der Teams steht.',
  'issue.empty-unit': '{path} hat keine Objectives, weder selbst noch darunter.',
  'issue.unknown-rollup':
    '{path} nennt keine Regel zum Zusammenfassen: Verwenden Sie ‚weighted-mean‘, ‚mean‘, ‚weakest‘ oder eine Funktion.',
  'issue.unknown-unit': 'In dieser Organisation gibt es keine Einheit mit der ID „{unitId}“.',
  'issue.invalid-org': 'Dies ist kein Bericht von analyzeOrg.',
  'action.placed-under-organisation': 'Das Team steht direkt unter der Organisation.',
  'action.cycle-cut':
    'Der Kreis wird hier aufgetrennt: Dieses Team steht direkt unter der Organisation.',
  'action.team-left-out':
    'Dieses Team wird ausgelassen; Objectives, die es nennen, kommen zu „Nicht zugeordnet“.',
  'action.first-team-kept': 'Das erste Team mit dieser ID wird behalten; dieses wird ausgelassen.',
  'action.unassigned': 'Das Objective kommt in die Einheit „Nicht zugeordnet“.',
  'action.id-as-name': 'Seine ID wird als Name verwendet.',
  'action.shown-empty': 'Es wird ohne Status angezeigt, als „Keine Objectives“.',
  'action.teams-ignored':
    'Das Team jedes Objectives wird zu einem Team direkt unter der Organisation.',
  'action.nothing-shown': 'Es wird nichts angezeigt.',

  'orgTable.label': 'Teams und ihr Fortschritt',
  'orgTable.name': 'Einheit',
  'orgTable.progress': 'Fortschritt',
  'orgTable.status': 'Status',
  'orgTable.balance': 'Ausgewogenheit',
  'orgTable.objectives': 'Objectives',
  'orgTable.pace': '{progress, percent} · erwartet {expected, percent}',
  'orgTable.score': '{score} von 100',
  'orgTable.count': '{count, number}',
  'orgTable.none': '–',
  'orgTable.no-objectives': 'Keine Objectives',
  'orgTable.invalid':
    'Diese Organisation lässt sich nicht anzeigen: {count, plural, one {# Problem} other {# Probleme}} in ihren Daten (siehe onIssues).',

  'issue.no-check-in-then': '„{title}“ ({path}) hat keinen Check-in am oder vor dem {date, date}.',
  'action.left-out-of-snapshot': 'Es fehlt in der Momentaufnahme.',
  'issue.key-results-then':
    '{count, plural, one {# Objective hat} other {# Objectives haben}} Key Results, deren Werte am {date, date} nicht bekannt sind: Der Fortschritt stammt aus den Check-ins.',

  'changes.label': 'Änderungen seit dem {date, date}',
  'changes.kind.worsened': 'Schlechter',
  'changes.kind.improved': 'Besser',
  'changes.kind.added': 'Neu',
  'changes.kind.removed': 'Weggefallen',
  'changes.kind.unchanged': 'Unverändert',
  'changes.unit': 'Team',
  'changes.to': 'zu',
  'changes.progress': '{from, percent} → {to, percent}',
  'changes.delta': '{delta, points} Prozentpunkte',
  'changes.now': 'jetzt {to, percent}',
  'changes.was': 'vorher {from, percent}',
  'changes.empty': 'Seit dem {date, date} hat sich nichts geändert.',
  'changes.unchanged-count':
    '{count, plural, one {# weiterer Eintrag ist} other {# weitere Einträge sind}} unverändert.',
  'changes.invalid':
    'Diese Änderungen lassen sich nicht anzeigen: {count, plural, one {# Problem} other {# Probleme}} in ihren Daten (siehe onIssues).',
  'trend.label': 'Fortschritt von „{title}“ im Zeitverlauf',
  'trend.rose':
    'Gestiegen von {from, percent} auf {to, percent} in {count, plural, one {# Check-in} other {# Check-ins}}',
  'trend.fell':
    'Gefallen von {from, percent} auf {to, percent} in {count, plural, one {# Check-in} other {# Check-ins}}',
  'trend.flat':
    'Unverändert bei {to, percent} in {count, plural, one {# Check-in} other {# Check-ins}}',
  'trend.single': 'Ein Check-in: {to, percent} am {date}',
  'trend.forecast': '{trend}; Prognose {low, percent}–{high, percent} bis {date}.',
  'trend.forecast-exact': '{trend}; Prognose {value, percent} bis {date}.',
  'trend.too-few': '{trend}; zu wenige Check-ins für eine Prognose.',
  'trend.none': 'Noch keine Check-ins: nichts zu zeichnen.',
  'trend.unit': 'Ein Team hat keine eigenen Check-ins: Siehe die Verläufe seiner Objectives.',
  'trend.unknown': 'In diesem Bericht gibt es kein Objective mit der ID „{id}“.',
  'trend.key-check-ins': 'Check-ins',
  'trend.key-expected': 'Erwartetes Tempo',
  'trend.key-forecast': 'Prognose',
  'trend.percent': '{value, percent}',
  'trend.point': '{date, date}: {progress, percent}',
  'trend.point-date': '{date, date}',
  'trend.show-data': 'Daten zeigen',
  'trend.hide-data': 'Daten ausblenden',
  'trend.caption': 'Check-ins von „{title}“',
  'trend.col-date': 'Datum',
  'trend.col-progress': 'Fortschritt',
  'trend.col-confidence': 'Vertrauen',
  'trend.col-note': 'Notiz',
  'export.button': 'Exportieren',
  'export.svg': 'Folie als SVG',
  'export.png': 'Folie als PNG',
  'export.csv': 'Ziele als CSV',
  'export.markdown': 'Agenda als Markdown',
  'export.done': '{file} gespeichert.',
  'export.failed': '{item} konnte nicht erstellt werden: {reason}',
};

/**
 * German texts of `okr-balance/import`'s issues: `parseOkrCsv(text, { messages: IMPORT_MESSAGES_DE })`.
 * Apart from `MESSAGES_DE`, so an app that imports no files carries none of them.
 */
export const IMPORT_MESSAGES_DE: Record<ImportMessageId, string> = {
  'import.empty': 'Die Datei ist leer.',
  'import.no-title-column':
    'Keine Spalte enthält die Titel der Objectives (etwa „Objective“, „Title“ oder „Name“).',
  'import.no-cycle':
    'Kein Zyklus: Geben Sie options.cycle an oder Spalten mit Start- und Enddatum.',
  'import.no-objectives': 'Keine Zeile enthält ein Objective.',
  'import.unknown-column':
    'Die Zuordnung liest {field} aus der Spalte „{column}“, die es in der Datei nicht gibt.',
  'import.not-a-number': 'Zeile {row}, Spalte „{column}“: „{value}“ ist keine Zahl',
  'import.not-a-date': 'Zeile {row}, Spalte „{column}“: „{value}“ ist kein Datum',
  'import.ambiguous-scale':
    'Spalte „{column}“: Ihre Zahlen, bis {value}, lassen die Skala offen; gelesen als 0–{scale}; setzen Sie options.progressScale, wenn das falsch ist',
  'import.ambiguous-decimal':
    'Spalte „{column}“: „{value}“ gelesen als {number}; setzen Sie options.decimal, wenn das falsch ist',
  'import.ambiguous-date-order':
    'Spalte „{column}“: „{value}“ gelesen als {order}; setzen Sie options.dateOrder, wenn das falsch ist',
  'import.cycle-disagrees':
    'Zeile {row}, Spalte „{column}“: „{value}“ weicht von Zeile {first} ab, deren Datum der Zyklus übernimmt',
  'import.skipped-row':
    'Zeile {row}: kein Titel und keine ID eines Objectives und keines darüber; die Zeile wird ausgelassen',
  'import.extra-cells':
    'Zeile {row}: Zellen hinter der letzten Spalte werden ausgelassen ({count})',
  'import.unknown-type':
    'Zeile {row}, Spalte „{column}“: „{value}“ ist kein bekannter Typ; es gilt „committed“',
  'import.unknown-parent':
    'Zeile {row}, Spalte „{column}“: Keine Zeile hat die ID „{value}“; die Zeile wird als Objective gelesen',
  'import.parent-loop':
    'Zeile {row}, Spalte „{column}“: Die übergeordneten Zeilen ab „{value}“ bilden eine Schleife; die Zeile wird als Objective gelesen',
  'import.no-value':
    'Zeile {row}: Das Key Result „{title}“ hat weder Ziel- und Istwert noch Fortschritt; es zählt als 0',
  'import.team-parent-disagrees':
    'Zeile {row}, Spalte „{column}“: Team „{team}“ behält sein erstes übergeordnetes Team, „{first}“',
  'import.unclosed-quote':
    'Zeile {row}, Spalte „{column}“: Hier beginnt ein Anführungszeichen, das nie endet; der Rest der Datei wird als diese Zelle gelesen',
  'import.differs':
    'Zeile {row}, Spalte „{column}“: „{value}“ weicht von einer früheren Zeile des Objectives ab, die gilt',
};
