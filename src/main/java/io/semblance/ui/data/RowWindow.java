// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The row numbers a table shows: {@code size} consecutive indexes from {@code offset} out of {@code total} rows.
 * A table view given all of a million rows does work in proportion to the row count on every scroll step (its
 * virtual flow sums the heights of all rows before the visible ones); given only the rows that fit on screen, its
 * work depends on the screen alone. Each index is made when asked for; nothing is stored per row.
 */
public final class RowWindow extends ObservableListBase<Integer> {
    private int total;
    private int offset;
    private int size;
    private int capacity;

    /** @param capacity rows shown until the view knows how many fit */
    RowWindow(int capacity) {
        this.capacity = capacity;
    }

    /** All rows of the table, whether shown or not. */
    public int total() {
        return total;
    }

    /** The first row shown. */
    public int offset() {
        return offset;
    }

    /** The largest offset that still fills the window. */
    public int maxOffset() {
        return Math.max(0, total - size);
    }

    /** A new table of {@code rows} rows, shown from the top. */
    void reset(int rows) {
        total = rows;
        update(0, true);
    }

    /** Shows as many rows as fit on screen, keeping the first row where possible. */
    void setCapacity(int rows) {
        capacity = Math.max(1, rows);
        update(offset, false);
    }

    /** Shows the rows from {@code first} on, within bounds. */
    void moveTo(int first) {
        update(first, false);
    }

    private void update(int first, boolean force) {
        int newSize = Math.min(capacity, total);
        int newOffset = Math.max(0, Math.min(first, total - newSize));
        if (!force && newSize == size && newOffset == offset) {
            return;
        }
        List<Integer> old = new ArrayList<>(this);
        offset = newOffset;
        size = newSize;
        beginChange();
        nextReplace(0, size, old);
        endChange();
    }

    @Override
    public Integer get(int index) {
        return offset + Objects.checkIndex(index, size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        return o instanceof Integer i && i >= offset && i < offset + size ? i - offset : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
