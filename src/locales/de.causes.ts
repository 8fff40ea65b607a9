// German texts of the cause catalogue (CAUSES and RED_FLAGS): part of `okr-balance/locales/de`.
// Keys: `cause.<entry id>.<field>`; the lists (questions, remedies) hold one item per line.

/** German texts of every entry of `CAUSES` and `RED_FLAGS`, by message id. */
export const CATALOG_MESSAGES_DE: Record<string, string> = {
  'cause.leader.shifts-focus.title': 'Wechselt oft den Fokus',
  'cause.leader.shifts-focus.description':
    'Die Führungskraft ändert ständig die Prioritäten, sodass viel begonnen und wenig abgeschlossen wird. ' +
    'Die Daten zeigen mehr als etwa fünf Objectives oder Objectives, die erst lange nach Beginn des Zyklus hinzugekommen sind. ' +
    'Jeder Wechsel zieht die Beteiligten von laufender Arbeit ab, sodass einige wenige Objectives vorankommen, ' +
    'während der Rest halb fertig liegen bleibt.',
  'cause.leader.shifts-focus.questions':
    'Wie oft haben sich die Prioritäten seit Beginn des Zyklus geändert?\n' +
    'Welche Objectives kamen hinzu, nachdem der Plan stand, und warum?\n' +
    'Was haben wir zurückgestellt, um Platz für neue Arbeit zu schaffen?',
  'cause.leader.shifts-focus.remedies':
    'Den Zyklus auf drei bis fünf Objectives beschränken.\n' +
    'Neue Ideen in einer Liste für den nächsten Zyklus sammeln.\n' +
    'Prioritäten nur in einem Review-Meeting ändern und dabei sagen, was wegfällt.',

  'cause.leader.no-follow-through.title': 'Bleibt nicht dran',
  'cause.leader.no-follow-through.description':
    'Die Führungskraft startet Vorhaben mit viel Energie, treibt sie aber nicht bis zum Abschluss voran. ' +
    'Die Daten zeigen ein Objective, das anfangs Fortschritte machte und dann stehen blieb: ' +
    'Check-ins kommen weiterhin, doch der Wert steigt nicht mehr. ' +
    'Ohne stetige Aufmerksamkeit verliert die Arbeit an Schwung, und der Abstand zu den anderen Objectives wächst.',
  'cause.leader.no-follow-through.questions':
    'Wann hat sich dieses Objective zuletzt bewegt, und was hat sich damals geändert?\n' +
    'Wer behält es zwischen den Review-Meetings im Blick?\n' +
    'Was blockiert den nächsten Schritt?',
  'cause.leader.no-follow-through.remedies':
    'Eine verantwortliche Person benennen, die jede Woche dazu berichtet.\n' +
    'Die verbleibende Arbeit in Schritte mit Terminen aufteilen.\n' +
    'Die Führungskraft bei jedem Check-in Feedback geben lassen.',

  'cause.leader.lacks-expertise.title': 'Der Führungskraft fehlt Fachwissen',
  'cause.leader.lacks-expertise.description':
    'Die Führungskraft kennt das Fachgebiet nicht gut genug, um die Arbeit anzuleiten. ' +
    'Pläne beruhen auf Vermutungen, und Entscheidungen dauern länger als nötig. ' +
    'Objectives in diesem Bereich fallen hinter jene zurück, die von Menschen mit Fachkenntnis geführt werden. ' +
    'Die Daten können das nicht direkt zeigen; diese Frage müssen die Beteiligten selbst beantworten.',
  'cause.leader.lacks-expertise.questions':
    'Hat die Führungskraft solche Arbeit schon einmal geleitet?\n' +
    'An wen wendet sich das Team, wenn eine Fachfrage aufkommt?\n' +
    'Welche Entscheidungen warten auf die Führungskraft?',
  'cause.leader.lacks-expertise.remedies':
    'Der Führungskraft eine erfahrene Ansprechperson zur Seite stellen.\n' +
    'Alltägliche Entscheidungen einem fachkundigen Teammitglied überlassen.\n' +
    'Der Führungskraft Zeit einräumen, sich die Grundlagen des Fachgebiets anzueignen.',

  'cause.leader.not-trusted.title': 'Genießt nicht das Vertrauen des Teams',
  'cause.leader.not-trusted.description':
    'Das Team bezweifelt, dass die Führungskraft hinter ihm steht oder die Arbeit zu Ende bringt. ' +
    'Ursache kann geringes Fachwissen oder schwache Kommunikation sein. ' +
    'Die Mitarbeitenden halten sich zurück, sichern sich ab und warten auf Anweisungen, ' +
    'sodass die Objectives dieser Führungskraft langsamer vorankommen als die übrigen.',
  'cause.leader.not-trusted.questions':
    'Sprechen die Mitarbeitenden Probleme früh bei der Führungskraft an?\n' +
    'Glaubt das Team, dass es die nötige Unterstützung bekommt?\n' +
    'Wo ist die Kommunikation abgerissen?',
  'cause.leader.not-trusted.remedies':
    'Regelmäßige Einzelgespräche führen.\n' +
    'Kleine, sichtbare Zusagen machen und einhalten.\n' +
    'Das Team anonym fragen, welche Unterstützung ihm fehlt.',

  'cause.team.lacks-expertise.title': 'Dem Team fehlen die Fähigkeiten',
  'cause.team.lacks-expertise.description':
    'Dem Team fehlen Fähigkeiten, die das Objective erfordert. ' +
    'Die Arbeit läuft nach dem Prinzip Versuch und Irrtum, und der Fortschritt kommt nur langsam. ' +
    'Objectives, die zu den Fähigkeiten des Teams passen, kommen gut voran, während dieses hinterherhinkt.',
  'cause.team.lacks-expertise.questions':
    'Welche Fähigkeiten braucht dieses Objective, die wir nicht haben?\n' +
    'Wie viel unserer Zeit geht in Nacharbeit?\n' +
    'Wer innerhalb oder außerhalb des Unternehmens könnte uns das beibringen?',
  'cause.team.lacks-expertise.remedies':
    'Eine Fachperson hinzuziehen, die das Team anleitet und coacht.\n' +
    'Personal so umverteilen, dass Fähigkeiten und Aufgaben zusammenpassen.\n' +
    'Schulungen zu Beginn des Zyklus einplanen, nicht erst zur Halbzeit.',

  'cause.team.capacity-imbalance.title': 'Über- oder Unterbesetzung',
  'cause.team.capacity-imbalance.description':
    'An einem Objective arbeiten zu viele Menschen, an einem anderen zu wenige. ' +
    'Die Daten zeigen ein Objective, das früh erledigt ist oder weit vorausläuft, während ein anderes stockt. ' +
    'Im Radardiagramm sieht das aus wie eine lange Speiche neben kurzen. ' +
    'Der frühe Abschluss wirkt wie ein Erfolg, verdeckt aber, dass diese Kapazität bei der zurückliegenden Arbeit gefehlt hat.',
  'cause.team.capacity-imbalance.questions':
    'Wie sind die Mitarbeitenden auf die Objectives verteilt?\n' +
    'Könnte, wer am erledigten Objective gearbeitet hat, beim zurückliegenden helfen?\n' +
    'Haben wir den Umfang jedes Objectives abgeschätzt, bevor wir Personal zugeteilt haben?',
  'cause.team.capacity-imbalance.remedies':
    'Personal von dem Objective, das vorne liegt, zu dem verlagern, das zurückliegt.\n' +
    'In jedem Review-Meeting prüfen, wie die Mitarbeitenden verteilt sind.\n' +
    'Den Aufwand jedes Objectives abschätzen, bevor es besetzt wird.',

  'cause.team.lacks-initiative.title': 'Fehlende Eigeninitiative',
  'cause.team.lacks-initiative.description':
    'Alle warten darauf, dass etwas passiert, statt die Dinge selbst voranzutreiben. ' +
    'Offene Fragen bleiben unbeantwortet, und Übergaben stocken. ' +
    'Niemand kümmert sich um den nächsten Schritt, sodass Arbeit wochenlang stillstehen kann.',
  'cause.team.lacks-initiative.questions':
    'Wer bringt dieses Objective voran, wenn etwas hängt?\n' +
    'Welche offenen Fragen warten seit mehr als einer Woche?\n' +
    'Fühlen sich die Mitarbeitenden frei, zu handeln, ohne vorher zu fragen?',
  'cause.team.lacks-initiative.remedies':
    'Für jedes Key Result eine namentlich verantwortliche Person festlegen.\n' +
    'Die Verantwortlichen bei jedem Check-in ihren nächsten Schritt nennen lassen.\n' +
    'Anerkennen, wenn jemand Blockaden aus eigenem Antrieb beseitigt.',

  'cause.team.not-one-team.title': 'Kein Gefühl, ein Team zu sein',
  'cause.team.not-one-team.description':
    'Die Beteiligten haben nicht das Gefühl, dieselben Ziele zu verfolgen. ' +
    'Zusammenarbeit fühlt sich wie eine lästige Pflicht an, und Bitten um Hilfe bleiben unbeantwortet. ' +
    'Das kann eine einzelne Abteilung betreffen oder sich durch das ganze Unternehmen ziehen. ' +
    'Objectives, für die mehrere Gruppen nötig sind, fallen hinter jene zurück, die eine Gruppe allein abschließen kann.',
  'cause.team.not-one-team.questions':
    'Welche Objectives sind auf Hilfe einer anderen Gruppe angewiesen?\n' +
    'Werden Anfragen zwischen Teams schnell beantwortet?\n' +
    'Sehen alle, wie ihre Arbeit dem gemeinsamen Ziel dient?',
  'cause.team.not-one-team.remedies':
    'Für gemeinsame Arbeit Tandems aus verschiedenen Gruppen bilden.\n' +
    'Teams, von denen die eigene Arbeit abhängt, zu den Review-Meetings einladen.\n' +
    'Das gemeinsame Ziel zu Beginn jedes Zyklus erneut bekräftigen.',

  'cause.target.too-aggressive.title': 'Zu hoch gesteckt',
  'cause.target.too-aggressive.description':
    'Das Ziel ist nicht mehr nur ehrgeizig, sondern unerreichbar. ' +
    'Die Daten zeigen ein Objective, das vorankommt, hochgerechnet aber deutlich unter seiner Erfolgsschwelle endet. ' +
    'Oft wurde die Zahl festgelegt, ohne das Team zu fragen, was es leisten kann; ' +
    'so hinkt das Objective hinterher, während die anderen leicht wirken.',
  'cause.target.too-aggressive.questions':
    'Wie sind wir auf diese Zahl gekommen?\n' +
    'Welches Ziel hielte das Team für fordernd, aber erreichbar?\n' +
    'Haben wir das Personal und die Zeit, von denen dieses Ziel ausgeht?',
  'cause.target.too-aggressive.remedies':
    'Das Ziel gemeinsam mit denen neu festlegen, die die Arbeit machen.\n' +
    'Das Objective als „aspirational“ kennzeichnen, wenn schon ein Teilergebnis als Erfolg gilt.\n' +
    'Mehr Personal oder mehr Zeit einplanen oder den Umfang verkleinern.',

  'cause.target.too-conservative.title': 'Zu niedrig gesteckt',
  'cause.target.too-conservative.description':
    'Das Ziel ist so niedrig, dass es kaum Anstrengung kostet, es zu erreichen. ' +
    'Die Daten zeigen, dass das Objective lange vor Ende des Zyklus erledigt ist ' +
    'oder hochgerechnet weit über seiner Erfolgsschwelle liegt. ' +
    'Manchmal stapelt ein Team bewusst tief, um sicher ans Ziel zu kommen, ' +
    'und die freie Kapazität fehlt bei schwierigeren Objectives.',
  'cause.target.too-conservative.questions':
    'War dieses Ziel wirklich fordernd, als wir es festgelegt haben?\n' +
    'Hat jemand es niedrig angesetzt, um auf der sicheren Seite zu sein?\n' +
    'Was würden wir anstreben, wenn ein Verfehlen keine Nachteile hätte?',
  'cause.target.too-conservative.remedies':
    'Die Latte im nächsten Zyklus anhand dieses Ergebnisses höher legen.\n' +
    'Je Objective mindestens ein Stretch-Ziel verlangen.\n' +
    'Freie Kapazität auf die Objectives verlagern, die gerade zurückliegen.',

  'cause.target.wrong-kpi.title': 'Falscher KPI gemessen',
  'cause.target.wrong-kpi.description':
    'Das Key Result misst etwas, das das Ziel nicht widerspiegelt. ' +
    'Dann scheint der Fortschritt festzustecken, obwohl gearbeitet wird, oder er steigt, obwohl sich nichts verbessert. ' +
    'Die Daten zeigen, dass gemessener Fortschritt und das Vertrauen des Teams weit auseinanderliegen. ' +
    'Steuern ist schwer, wenn Zahl und Wirklichkeit nicht übereinstimmen.',
  'cause.target.wrong-kpi.questions':
    'Bewegt sich diese Zahl, wenn unsere Arbeit Erfolg hat?\n' +
    'Warum weicht das Vertrauen des Teams von der Messung ab?\n' +
    'Gibt es eine Kennzahl, die näher an dem Ergebnis liegt, das wir wollen?',
  'cause.target.wrong-kpi.remedies':
    'Das Key Result durch eines ersetzen, das das Ergebnis abbildet.\n' +
    'Prüfen, dass sich jedes Key Result häufig messen lässt.\n' +
    'Das Team bitten, jeden Vertrauenswert zu begründen, den es angibt.',

  'cause.target.no-clear-plan.title': 'Ohne klaren Plan',
  'cause.target.no-clear-plan.description':
    'Das Ziel steht, aber niemand hat ausgearbeitet, wie es erreicht werden soll. ' +
    'Geplante Aktivitäten überschneiden sich oder lassen Lücken. ' +
    'Die Daten zeigen ein Objective ohne Key Results oder eines, das lange nach Beginn des Zyklus noch keinen Fortschritt hat. ' +
    'Ohne Plan beginnt die Arbeit spät oder gar nicht.',
  'cause.target.no-clear-plan.questions':
    'Welche Schritte führen von hier zum Ziel?\n' +
    'Decken die geplanten Aktivitäten alles ab, was das Ziel erfordert?\n' +
    'Wer macht den ersten Schritt, und wann?',
  'cause.target.no-clear-plan.remedies':
    'Messbare Key Results formulieren, bevor die Arbeit beginnt.\n' +
    'Die Aktivitäten so auflisten, dass sich nichts überschneidet und nichts fehlt.\n' +
    'Jeder Aktivität eine verantwortliche Person und einen Termin zuordnen.',

  'cause.process.no-meeting-cadence.title': 'Kein fester Meeting-Rhythmus',
  'cause.process.no-meeting-cadence.description':
    'Der Fortschritt wird nur ab und zu besprochen, ohne regelmäßigen Rhythmus. ' +
    'Die Daten zeigen Check-ins im Abstand von Wochen oder gar keine. ' +
    'Ohne festen Termin verlieren alle stockende Objectives aus dem Blick, ' +
    'und Probleme kommen erst ans Licht, wenn kaum noch Zeit bleibt.',
  'cause.process.no-meeting-cadence.questions':
    'Wie oft besprechen wir den Fortschritt gemeinsam?\n' +
    'Wann wurde jedes Objective zuletzt aktualisiert?\n' +
    'Wer ist dafür zuständig, das Review einzuberufen?',
  'cause.process.no-meeting-cadence.remedies':
    'Jede Woche oder alle zwei Wochen ein kurzes Review abhalten.\n' +
    'In jedem Review für jedes Objective einen Check-in erfassen.\n' +
    'Die Termine für den ganzen Zyklus in die Kalender eintragen.',

  'cause.process.no-agenda.title': 'Keine Agenda',
  'cause.process.no-agenda.description':
    'Meetings finden statt, folgen aber keiner Agenda. ' +
    'Die Zeit geht für vergangene Erfolge drauf, während offene Probleme warten. ' +
    'Punkte, die beim letzten Mal offen geblieben sind, geraten in Vergessenheit, ' +
    'und die zurückliegenden Objectives fallen durchs Raster.',
  'cause.process.no-agenda.questions':
    'Verschicken wir vor jedem Meeting eine Agenda?\n' +
    'Beginnen wir mit den Punkten, die beim letzten Mal offen geblieben sind?\n' +
    'Bekommt jedes Objective Zeit, nicht nur die, die gut laufen?',
  'cause.process.no-agenda.remedies':
    'Eine feste Agenda nutzen: Fortschritt, Pläne, Probleme.\n' +
    'Zwischen den Meetings eine fortlaufende Liste offener Punkte führen.\n' +
    'Die zurückliegenden Objectives zuerst besprechen.',

  'cause.process.wishful-discussion.title': 'Diskussion voller Wünsche und Hoffnungen',
  'cause.process.wishful-discussion.description':
    'Meetings leben von Hoffnungen statt von Fakten. ' +
    'Es heißt, das werde schon noch anziehen, ohne dass Daten oder ein Plan dahinterstehen. ' +
    'Niemand schaut darauf, was funktioniert hat und was nicht, ' +
    'und so bleiben die Nachzügler unter den Objectives zurück, weil sich nichts Konkretes ändert.',
  'cause.process.wishful-discussion.questions':
    'Was sagen die Zahlen, unabhängig von unseren Hoffnungen?\n' +
    'Welche Methoden haben funktioniert, welche nicht?\n' +
    'Was machen wir vor dem nächsten Meeting anders?',
  'cause.process.wishful-discussion.remedies':
    'Jedes Meeting mit den aktuellen Zahlen eröffnen.\n' +
    'Aus jeder geäußerten Hoffnung eine konkrete Maßnahme machen.\n' +
    'In jedem Review festhalten, was funktioniert hat und was nicht.',

  'cause.process.no-follow-ups.title': 'Keine Ergebnisse und keine Nachverfolgung',
  'cause.process.no-follow-ups.description':
    'Meetings enden ohne klare Maßnahmen, Verantwortliche oder Fristen. ' +
    'Alle gehen davon aus, dass sich die Dinge von selbst regeln. ' +
    'Themen schleppen sich von einem Meeting ins nächste, ' +
    'und die Objectives, die einen Anstoß bräuchten, bekommen nie einen.',
  'cause.process.no-follow-ups.questions':
    'Welche Maßnahmen sind aus dem letzten Meeting hervorgegangen?\n' +
    'Hat jede Maßnahme eine verantwortliche Person und einen Termin?\n' +
    'Welche früheren Maßnahmen sind noch offen?',
  'cause.process.no-follow-ups.remedies':
    'Am Ende jedes Meetings die Maßnahmen und ihre Verantwortlichen noch einmal vorlesen.\n' +
    'Noch am selben Tag eine kurze schriftliche Zusammenfassung verschicken.\n' +
    'Zu Beginn des nächsten Meetings die offenen Maßnahmen durchgehen.',

  'cause.red-flag.vanity-metric.title': 'Kennzahl ohne Bezug zum Kundennutzen',
  'cause.red-flag.vanity-metric.description':
    'Die wichtigste Kennzahl sieht im Bericht gut aus, sagt aber wenig darüber, was die Kundschaft davon hat. ' +
    'Die Zahl der Anmeldungen, Aufgaben oder Klicks kann steigen, ohne dass die Kundschaft besser dasteht. ' +
    'Die Teams jagen dann der Zahl hinterher statt dem Nutzen, ' +
    'sodass der Fortschritt gesund aussehen kann, während die echten Ergebnisse zurückbleiben.',
  'cause.red-flag.vanity-metric.questions':
    'Wäre es unserer Kundschaft wichtig, wenn diese Zahl steigt?\n' +
    'Bildet die Kennzahl den Kundenerfolg ab oder nur Aktivität?\n' +
    'Können unsere Teams sie direkt beeinflussen?',
  'cause.red-flag.vanity-metric.remedies':
    'Mit der Kundschaft über ihre Ziele und Probleme sprechen.\n' +
    'Kennzahlen wählen, die Kundenerfolg früh anzeigen.\n' +
    'Reine Aktivitätszahlen durch Ergebniskennzahlen ersetzen.',

  'cause.red-flag.no-growth-link.title': 'Ohne Bezug zum Wachstumsmodell',
  'cause.red-flag.no-growth-link.description':
    'Die OKRs treiben Output voran, etwa neue Funktionen, ohne zu fragen, wie sich das auf das Wachstum auswirkt. ' +
    'Funktionen häufen sich, während Aktivierung und Kundenbindung stagnieren. ' +
    'Das Team ist beschäftigt, doch die Hebel, auf die es ankommt, bewegen sich nicht.',
  'cause.red-flag.no-growth-link.questions':
    'Welchen Wachstumshebel bewegt jedes Objective?\n' +
    'Wie hat das letzte Release Aktivierung oder Kundenbindung verändert?\n' +
    'Welche Stufe des Funnels vernachlässigen wir?',
  'cause.red-flag.no-growth-link.remedies':
    'Aufzeichnen, welche Teile des Produkts welche zentralen Wachstumskennzahlen antreiben.\n' +
    'Jedes Objective an genau einen Wachstumshebel knüpfen.\n' +
    'In jedem Review die Wirkung auf jede Stufe des Funnels prüfen.',

  'cause.red-flag.short-termism.title': 'Kurzfristige Erfolge vor langfristigem Wert',
  'cause.red-flag.short-termism.description':
    'Teams jagen schnellen Gewinnen nach, die ihnen später teuer zu stehen kommen. ' +
    'Wer etwa das Engagement stark forciert, kann die Zahlen jetzt steigern und Nutzerinnen und Nutzer später vergraulen. ' +
    'Wenn nur der schnelle Erfolg zählt, zieht langfristige Arbeit immer wieder den Kürzeren.',
  'cause.red-flag.short-termism.questions':
    'Was kostet uns dieser Erfolg in einem Jahr?\n' +
    'Verfolgen wir Frühindikatoren ebenso wie Spätindikatoren?\n' +
    'Welche langfristige Arbeit wird immer wieder verschoben?',
  'cause.red-flag.short-termism.remedies':
    'Objectives für kurze, mittlere und lange Sicht setzen.\n' +
    'Früh- und Spätindikatoren nebeneinander verfolgen.\n' +
    'Arbeit an langfristigen Problemen würdigen, auch ohne schnelle Ergebnisse.',

  'cause.red-flag.rigid.title': 'Zu starr, um zu lernen und sich anzupassen',
  'cause.red-flag.rigid.description':
    'Die OKRs gelten als unveränderlich, selbst wenn neue Fakten in eine andere Richtung weisen. ' +
    'Das Team verfolgt weiter einen Plan, den das Feedback bereits infrage gestellt hat. ' +
    'Das Lernen bleibt aus, und die Energie fließt in die falsche Arbeit.',
  'cause.red-flag.rigid.questions':
    'Was haben wir in diesem Zyklus gelernt, das den Plan verändert?\n' +
    'Wann haben wir zuletzt ein Objective überarbeitet?\n' +
    'Gilt ein Kurswechsel bei uns als Scheitern?',
  'cause.red-flag.rigid.remedies':
    'Vereinbaren, wann und wie OKRs während des Zyklus angepasst werden dürfen.\n' +
    'Kurze Runden abhalten, in denen Teams teilen, was sie gelernt haben.\n' +
    'Einige experimentelle Objectives aufnehmen.',

  'cause.red-flag.misaligned.title': 'Fehlende Abstimmung zwischen Teams',
  'cause.red-flag.misaligned.description':
    'Teams verfolgen Ziele, die gegeneinander arbeiten. ' +
    'Ein Team setzt vielleicht auf möglichst viele Leads, ein anderes auf bessere. ' +
    'Das Ergebnis sind Reibung, vergeudete Mühe und verpasste Chancen, ' +
    'auch wenn jedes Objective für sich genommen gut aussieht.',
  'cause.red-flag.misaligned.questions':
    'Gibt es zwei Teams, deren Objectives sich widersprechen?\n' +
    'Welche Objectives hängen von einem anderen Team ab?\n' +
    'Lässt sich jedes Team-Objective auf ein Unternehmens-Objective zurückführen?',
  'cause.red-flag.misaligned.remedies':
    'Zuerst die Unternehmens-Objectives festlegen und die Team-Objectives daraus ableiten.\n' +
    'Gemeinsame Objectives für teamübergreifende Arbeit formulieren.\n' +
    'Abhängigkeiten zwischen Teams für alle sichtbar machen.',

  'cause.red-flag.performance-review.title': 'Als Leistungsbewertung genutzt',
  'cause.red-flag.performance-review.description':
    'OKR-Scores fließen in Leistungsbeurteilungen ein, also setzen sich alle sichere Ziele, um gut abzuschneiden. ' +
    'Die Daten zeigen, dass zum Ende des Zyklus fast jedes Objective erledigt ist. ' +
    'Das sieht nach Erfolg aus, bedeutet aber oft, dass die Ziele zu leicht waren. ' +
    'Darunter leiden sowohl der Ehrgeiz als auch ehrliche Berichte.',
  'cause.red-flag.performance-review.questions':
    'Wirken sich OKR-Scores auf Gehalt oder Beurteilungen aus?\n' +
    'Würden sich alle höhere Ziele setzen, wenn ein Verfehlen kein Risiko wäre?\n' +
    'Gelten Teilergebnisse als Scheitern?',
  'cause.red-flag.performance-review.remedies':
    'OKRs von Leistungsbeurteilungen getrennt halten.\n' +
    'Ein Teilergebnis bei einem Stretch-Ziel als gutes Ergebnis werten.\n' +
    'Führungskräfte darin coachen, OKRs zur Entwicklung zu nutzen, nicht zur Benotung.',
};
