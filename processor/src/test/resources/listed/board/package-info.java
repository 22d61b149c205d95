@DeepCopy.Include(value = {Board.class, TextNote.class, LinkNote.class}, transitive = true)
package board;

import board.lib.Board;
import board.lib.LinkNote;
import board.lib.TextNote;
import io.github.deepcopygen.DeepCopy;
