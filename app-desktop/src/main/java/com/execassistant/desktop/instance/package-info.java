/**
 * One desktop app per workspace: the running app listens on a loopback port named, with a token, in
 * the workspace; a second launch asks it to bring its window forward instead of starting.
 */
package com.execassistant.desktop.instance;
