<?php
// Test fixture (written for these tests): a form with no fields.
$form['db_table'] = 'part';
$form['db_table_idx'] = 'part_id';
$form['tabs']['only'] = array('fields' => array());
