package com.execassistant.desktop.demo;

import java.util.List;

/**
 * What {@link DemoWorkspace#remove} did.
 *
 * @param accounts the demo accounts removed (empty when there was no demo)
 * @param meetings how many stored occurrences went with them
 * @param keptContextFiles sample context files the user had edited, kept in the context folder
 */
public record DemoRemoval(List<String> accounts, int meetings, List<String> keptContextFiles) {

    public DemoRemoval {
        accounts = List.copyOf(accounts);
        keptContextFiles = List.copyOf(keptContextFiles);
    }
}
