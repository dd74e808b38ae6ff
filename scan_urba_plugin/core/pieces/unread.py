"""Why a written piece says nothing: the one place that words it, for the findings' messages
and suggestions, so every reason reads as one French clause (« le PADD fourni (fichier
x.pdf) ne contient pas de texte exploitable (document de quelques mots) »), never a
reader's sentence pasted inside another one's parentheses."""
from __future__ import annotations

from pathlib import Path

from ..i18n import QT_TR_NOOP, plural, tr

# the piece as the subject of a clause (« le PADD fourni »), and what is asked for
_GIVEN = {"padd": QT_TR_NOOP("the PADD provided"),
          "reglement": QT_TR_NOOP("the written règlement provided"),
          "oap": QT_TR_NOOP("the OAP provided")}
_MISSING = {"padd": QT_TR_NOOP("the PADD was not provided"),
            "reglement": QT_TR_NOOP("the written règlement was not provided"),
            "oap": QT_TR_NOOP("no OAP was provided")}
_GIVE = {"padd": QT_TR_NOOP("Give the PADD (Pieces_ecrites/2_PADD) to evaluate this point."),
         "reglement": QT_TR_NOOP("Give the written règlement (Pieces_ecrites/3_Reglement) to "
                                 "evaluate this point."),
         "oap": QT_TR_NOOP("Give the OAP (Pieces_ecrites/4_OAP) to evaluate this point.")}
# a request to the commune in the Département's voice, read as such in the opinion
_READABLE = {"padd": QT_TR_NOOP("The Département could not examine the PADD sent, whose file "
                                "holds no readable text; it asks to receive a readable "
                                "version of it."),
             "reglement": QT_TR_NOOP("The Département could not examine the written règlement "
                                     "sent, whose file holds no readable text; it asks to "
                                     "receive a readable version of it."),
             "oap": QT_TR_NOOP("The Département could not examine the OAP sent, whose file "
                               "holds no readable text; it asks to receive a readable version "
                               "of them.")}
# the urbanist's words for a placeholder: no count of words, which is the reader's business
_TOO_FEW = {"padd": QT_TR_NOOP("{given} holds no usable text (a document of a few words)"),
            "reglement": QT_TR_NOOP("{given} holds no usable text (a document of a few words)"),
            "oap": QT_TR_NOOP("{given} holds no usable text (a document of a few words)")}
# below this many words a file is a placeholder or a cover page, not a piece of the plan
FEW_WORDS = 50


def words(n: int) -> str:
    """« 0 mot », « 1 mot », « 3 mots »."""
    return f"{n} " + plural(n, QT_TR_NOOP("word"), QT_TR_NOOP("words"))


def file_label(sources) -> str:
    """« fichier x.pdf », « fichiers a.pdf, b.pdf »: file names, never folders."""
    names = list(dict.fromkeys(Path(str(s or "?").split("!")[-1]).name
                               for part in sources for s in str(part).split("; ")))
    return tr("file {names}", names=names[0]) if len(names) == 1 else \
        tr("files {names}", names=", ".join(names))


def reader_clause(reason, source) -> str:
    """A reader's reason (« /x/a.pdf: damaged PDF (…). ») without its file and final stop."""
    text = str(reason or "").strip().rstrip(".")
    for name in dict.fromkeys([str(source or ""), Path(str(source or "")).name]):
        for sep in (": ", " : ", " "):
            if name and text.startswith(name + sep):
                return text[len(name + sep):].strip()
    return text


def why_not_read(kind: str, piece) -> str:
    """Why a piece told nothing (kind: padd, reglement, oap; piece: the reader's result,
    a list of them for the OAP, or None when not provided)."""
    if isinstance(piece, list):
        unread = [p for p in piece if not p.lisible]
        piece = unread[0] if unread else (piece[0] if piece else None)
    if piece is None:
        return tr(_MISSING[kind])
    given = tr("{piece} ({files})", piece=tr(_GIVEN[kind]), files=file_label([piece.source]))
    n = getattr(piece, "mots", None)
    if n is not None and n < FEW_WORDS:
        return tr(_TOO_FEW[kind], given=given)
    if n is not None and kind == "reglement":
        return tr("{given} could not be read: no zone chapter was found in its text",
                  given=given)
    if n is not None:
        return tr("{given} could not be read as a piece of the plan", given=given)
    return tr("{given} could not be read ({reason})", given=given,
              reason=reader_clause(piece.raison, piece.source) or "?")


def ask_for(kind: str, piece) -> str:
    """The suggestion: give the piece, or a readable version of the one given."""
    return tr(_GIVE[kind]) if piece is None or piece == [] else tr(_READABLE[kind])


def sentence(clause: str) -> str:
    """A clause as a sentence of its own: capital first, one full stop."""
    text = str(clause or "").strip().rstrip(".")
    return text[:1].upper() + text[1:] + "." if text else ""
